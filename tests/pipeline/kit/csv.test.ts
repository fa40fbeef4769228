import { describe, expect, it } from 'vitest';
import { checkHeader, CsvError, decodeText, parseCsv, type CsvRecord } from '../../../src/pipeline/kit/csv.ts';

const fields = (records: CsvRecord[]) => records.map((r) => r.fields);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('decodes UTF-8 and drops a leading byte-order mark', () => {
    expect(decodeText(utf8('\ufeffCôte d’Ivoire'))).toBe('Côte d’Ivoire');
    expect(decodeText(utf8('Türkiye'))).toBe('Türkiye');
  });

  it('keeps a byte-order mark that is not at the start', () => {
    expect(decodeText(utf8('a\ufeffb'))).toBe('a\ufeffb');
  });

  it('decodes empty input to empty text', () => {
    expect(decodeText(new Uint8Array())).toBe('');
  });
});

describe('parseCsv: fields', () => {
  it('splits on the given delimiter', () => {
    expect(fields(parseCsv('a,b,c\n1,2,3', 'f.csv'))).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(fields(parseCsv('a;b\n1;2,5', 'f.csv', ';'))).toEqual([
      ['a', 'b'],
      ['1', '2,5'],
    ]);
    expect(fields(parseCsv('a\tb\n1\t2', 'f.csv', '\t'))).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields(parseCsv('a,,c\n,,\n1,2,', 'f.csv'))).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
      ['1', '2', ''],
    ]);
  });

  it('reads quoted fields holding the delimiter, newlines and doubled quotes', () => {
    const r = parseCsv('name,note\n"Bonaire, Sint Eustatius","say ""hi""\nthen go"\n"",x', 'f.csv');
    expect(fields(r)).toEqual([
      ['name', 'note'],
      ['Bonaire, Sint Eustatius', 'say "hi"\nthen go'],
      ['', 'x'],
    ]);
  });

  it('keeps a quote inside an unquoted field as a character', () => {
    expect(fields(parseCsv('5" gun,1', 'f.csv'))).toEqual([['5" gun', '1']]);
  });

  it('does not trim spaces around fields', () => {
    expect(fields(parseCsv(' a , b ', 'f.csv'))).toEqual([[' a ', ' b ']]);
  });
});

describe('parseCsv: records and lines', () => {
  it('numbers records by the line they start on, header = line 1', () => {
    expect(parseCsv('h\n1\n2', 'f.csv').map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('skips blank lines but still counts them', () => {
    const r = parseCsv('h1,h2\n\n1,2\n\r\n\n3,4\n', 'f.csv');
    expect(r.map((x) => [x.line, x.fields])).toEqual([
      [1, ['h1', 'h2']],
      [3, ['1', '2']],
      [6, ['3', '4']],
    ]);
  });

  it('counts the lines inside a quoted field, so the next record keeps its true line', () => {
    const r = parseCsv('h,n\n1,"a\nb\nc"\n2,d', 'f.csv');
    expect(r.map((x) => x.line)).toEqual([1, 2, 5]);
    expect(r[1]!.raw).toBe('1,"a\nb\nc"');
  });

  it('reads CRLF like LF and keeps the raw text without the line ending', () => {
    const lf = parseCsv('h,x\n1,2\n3,4', 'f.csv');
    const crlf = parseCsv('h,x\r\n1,2\r\n3,4\r\n', 'f.csv');
    expect(crlf).toEqual(lf);
    expect(crlf.map((r) => r.raw)).toEqual(['h,x', '1,2', '3,4']);
  });

  it('keeps the raw text of a record as written, quotes included', () => {
    expect(parseCsv('"a ""b""",c', 'f.csv')[0]!.raw).toBe('"a ""b""",c');
  });

  it('adds no record for a final newline and keeps a last line without one', () => {
    expect(parseCsv('a\n1\n', 'f.csv')).toHaveLength(2);
    expect(parseCsv('a\n1', 'f.csv')).toHaveLength(2);
  });

  it('returns no records for empty or blank text', () => {
    expect(parseCsv('', 'f.csv')).toEqual([]);
    expect(parseCsv('\n\r\n\n', 'f.csv')).toEqual([]);
  });

  it('keeps a line of spaces as a one-field record, so the column check rejects it', () => {
    expect(parseCsv('a,b\n   \n1,2', 'f.csv').map((r) => r.fields)).toEqual([['a', 'b'], ['   '], ['1', '2']]);
  });

  it('keeps a byte-order mark given to it (decodeText is what drops it)', () => {
    expect(parseCsv('\ufeffa,b', 'f.csv')[0]!.fields[0]).toBe('\ufeffa');
  });
});

describe('parseCsv: errors', () => {
  it('fails on an unterminated quote, naming the file and the line where the quote opened', () => {
    const text = 'h,n\n1,x\n2,"never closed\nmore\n';
    expect(() => parseCsv(text, 'cut.csv')).toThrow(CsvError);
    try {
      parseCsv(text, 'cut.csv');
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      const err = e as CsvError;
      expect(err.file).toBe('cut.csv');
      expect(err.line).toBe(3);
      expect(err.message).toBe('cut.csv:3: unterminated quoted field: the file looks truncated');
    }
  });

  it('fails on a file cut inside a doubled quote', () => {
    expect(() => parseCsv('a\n"x""', 'cut.csv')).toThrow(/^cut\.csv:2: unterminated/);
  });
});

describe('CsvError', () => {
  it('is an Error whose message starts with file:line', () => {
    const e = new CsvError('a.csv', 7, 'bad');
    expect(e).toBeInstanceOf(Error);
    expect(e.message).toBe('a.csv:7: bad');
    expect([e.file, e.line]).toEqual(['a.csv', 7]);
  });
});

describe('checkHeader', () => {
  const header = (text: string, d = ',') => parseCsv(text, 'h.csv', d)[0];

  it('maps each expected column to its index, in any order, ignoring spaces around names', () => {
    const index = checkHeader(header(' b ,a,extra'), ['a', 'b'], 'h.csv', ',');
    expect(index.get('a')).toBe(1);
    expect(index.get('b')).toBe(0);
    expect(index.get('extra')).toBe(2);
  });

  it('fails on a missing header', () => {
    expect(() => checkHeader(undefined, ['a'], 'h.csv', ',')).toThrow(/^h\.csv:1: file is empty: no header row$/);
  });

  it('lists missing columns and the columns found', () => {
    expect(() => checkHeader(header('a,c'), ['a', 'b', 'd'], 'h.csv', ',')).toThrow(/^h\.csv:1: missing column\(s\): b, d; found: a, c$/);
  });

  it('names the delimiter the file seems to use when the header is one column', () => {
    expect(() => checkHeader(header('a;b;c'), ['a', 'b', 'c'], 'h.csv', ',')).toThrow(/^h\.csv:1: expected 3 columns separated by ',' but found one \(the file seems to use ';' as delimiter\)$/);
    expect(() => checkHeader(header('a,b,c', ';'), ['a', 'b', 'c'], 'h.csv', ';')).toThrow(/seems to use ',' as delimiter/);
    expect(() => checkHeader(header('a\tb'), ['a', 'b'], 'h.csv', ',')).toThrow(/seems to use '\\t' as delimiter/);
    expect(() => checkHeader(header('a|b'), ['a', 'b'], 'h.csv', ',')).toThrow(/seems to use '\|' as delimiter/);
  });

  it('says only that one column was found when no other delimiter is visible', () => {
    expect(() => checkHeader(header('ab'), ['a', 'b'], 'h.csv', ',')).toThrow(/^h\.csv:1: expected 2 columns separated by ',' but found one$/);
  });

  it('accepts a one-column header when one column is expected', () => {
    expect(checkHeader(header('a'), ['a'], 'h.csv', ',').get('a')).toBe(0);
  });

  it('reports the line the header is on when blank lines come first', () => {
    expect(() => checkHeader(header('\n\nx,y'), ['a'], 'h.csv', ',')).toThrow(/^h\.csv:3: missing column/);
  });

  it('matches a header whose first name carries a byte-order mark (trim removes it)', () => {
    expect(checkHeader(header('\ufeffa,b'), ['a', 'b'], 'h.csv', ',').get('a')).toBe(0);
  });
});

describe('decodeText: encodings (issue 15, item 6)', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('rejects bytes that are not UTF-8, naming the file, line, byte offset and the likely encoding', () => {
    // SYNTHETIC: "a,b\nCôte,1" written in Windows-1252 (ô = 0xF4).
    const latin1 = bytes(0x61, 0x2c, 0x62, 0x0a, 0x43, 0xf4, 0x74, 0x65, 0x2c, 0x31);
    expect(() => decodeText(latin1, 'legacy.csv')).toThrow(CsvError);
    expect(() => decodeText(latin1, 'legacy.csv')).toThrow(/^legacy\.csv:2: not valid UTF-8: byte 0xF4 at offset 5 \(line 2, column 2\).*Windows-1252/);
  });

  it('rejects a UTF-8 sequence cut short at the end of the file', () => {
    expect(() => decodeText(bytes(0x61, 0xc3), 'cut.csv')).toThrow(/^cut\.csv:1: not valid UTF-8: byte 0xC3 at offset 1/);
  });

  it('decodes UTF-16 with a byte-order mark, little- and big-endian', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'a,é'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...'a,é'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(decodeText(le, 'le.csv')).toBe('a,é');
    expect(decodeText(be, 'be.csv')).toBe('a,é');
  });

  it('rejects UTF-16 without a byte-order mark (NUL bytes), instead of reading NULs into the cells', () => {
    const le = new Uint8Array([...'a,b\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(() => decodeText(le, 'wide.csv')).toThrow(/^wide\.csv:1: .*NUL byte.*UTF-16/);
  });
});

describe('parseCsv: strict RFC 4180 quoting (issue 15, item 9)', () => {
  it('marks a record with text after a closing quote as broken, naming line and column, instead of reading "x"y as xy', () => {
    const r = parseCsv('h,n\n1,"x"y\n2,z', 'q.csv');
    expect(r).toHaveLength(3);
    expect(r[1]!.problem).toEqual({ reasonCode: 'bad_quoting', reason: expect.stringMatching(/^line 2, column 6: 'y' follows the closing quote of field 2/) });
    expect(r[1]!.raw).toBe('1,"x"y');
    expect(r[2]!.problem).toBeUndefined();
    expect(r[2]!.fields).toEqual(['2', 'z']);
  });

  it('accepts a closing quote followed by a delimiter, a line end or the end of the file', () => {
    expect(parseCsv('"a","b"\r\n"c","d"', 'q.csv').every((x) => x.problem === undefined)).toBe(true);
  });
});

describe('parseCsv: line ends (issue 15, item 6)', () => {
  it('reads a file with CR-only line ends (classic Mac) as lines, not as one long record', () => {
    const r = parseCsv('a,b\r1,2\r3,4\r', 'mac.csv');
    expect(r.map((x) => [x.line, x.fields, x.raw])).toEqual([
      [1, ['a', 'b'], 'a,b'],
      [2, ['1', '2'], '1,2'],
      [3, ['3', '4'], '3,4'],
    ]);
  });

  it('marks a stray carriage return inside an LF file as a broken record rather than keeping it in a cell', () => {
    const r = parseCsv('a,b\n1,x\ry\n3,4\n', 'mixed.csv');
    expect(r[1]!.problem?.reasonCode).toBe('stray_carriage_return');
    expect(r[1]!.problem?.reason).toMatch(/^line 2, column 4: /);
    expect(r[2]!.problem).toBeUndefined();
  });
});

describe('classic Mac OS files (SECO tables)', () => {
  it('ends lines on a lone CR, and keeps line numbers', () => {
    const r = parseCsv('a;b\r1;2\r\r3;4\r', 'f.csv', ';');
    expect(r.map((x) => [x.line, x.fields, x.raw])).toEqual([
      [1, ['a', 'b'], 'a;b'],
      [2, ['1', '2'], '1;2'],
      [4, ['3', '4'], '3;4'],
    ]);
  });

  it('still reads CRLF as one line end, and a CR inside quotes as text on a new line', () => {
    expect(parseCsv('a\r\nb\r\n', 'f.csv').map((x) => x.line)).toEqual([1, 2]);
    expect(parseCsv('"x\ry"\rz', 'f.csv').map((x) => [x.line, x.fields])).toEqual([
      [1, ['x\ry']],
      [3, ['z']],
    ]);
  });

  it('decodes Mac Roman when asked, never by guessing', () => {
    const bytes = Uint8Array.from([0x44, 0x8a, 0x6e]); // "Dän" in Mac Roman
    expect(decodeText(bytes, 'f.csv', 'macintosh')).toBe('Dän');
    // Undeclared, the same bytes are not UTF-8: an error naming the byte, not a U+FFFD in the name.
    expect(() => decodeText(bytes, 'f.csv')).toThrow(/^f\.csv:1: not valid UTF-8: byte 0x8A at offset 1/);
  });
});
