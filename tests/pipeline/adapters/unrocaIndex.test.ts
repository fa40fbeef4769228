import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineAt, parseUnrocaIndex, topLevelElementOffsets, unrocaIndexAdapter } from '../../../src/pipeline/adapters/unrocaIndex.ts';
import type { SourceFile } from '../../../src/pipeline/types.ts';

const dir = join(import.meta.dirname, '../../fixtures/unroca');
const fromText = (t: string, name = 'years.json'): SourceFile => ({ name, bytes: new TextEncoder().encode(t) });
const file = (name: string): SourceFile => fromText(readFileSync(join(dir, name), 'utf8'), name);

const parsed = parseUnrocaIndex([file('years.json')]);
const rejectAt = (line: number) => parsed.rejects.find((r) => r.line === line);

describe('unroca-index adapter: reports', () => {
  it('is registered under its id and instrument', () => {
    expect(unrocaIndexAdapter.id).toBe('unroca-index');
    expect(unrocaIndexAdapter.instrument).toBe('UNROCA');
  });

  it('emits one participation report per country slug and year, on the line of the country object', () => {
    expect(parsed.reports.filter((r) => r.line === 2)).toEqual(
      [2099, 2098].map((year) => ({
        file: 'years.json',
        line: 2,
        reportKey: `austria|${year}`,
        reporterName: 'austria',
        instrument: 'UNROCA',
        reportType: 'participation',
        year,
        version: 1,
        submittedDate: null,
        isPublic: null,
        isNil: null,
        sensitiveWithheld: null,
        raw: '{"country": "austria", "years": [{"year": 2099}, {"year": 2098}]},',
      })),
    );
  });

  it('emits nothing for a country with no years, but counts it as read and loaded', () => {
    expect(parsed.reports.some((r) => r.reporterName === 'atlantis')).toBe(false);
    expect(rejectAt(3)).toBeUndefined();
  });

  it('emits a year listed twice once', () => {
    expect(parsed.reports.filter((r) => r.reporterName === 'canada').map((r) => r.year)).toEqual([2099]);
  });

  it('counts blank lines in line numbers', () => {
    expect(parsed.reports.find((r) => r.reporterName === 'cote-d-ivoire')).toMatchObject({ line: 13, year: 2097 });
  });

  it('emits no facts or totals', () => {
    expect(parsed.facts).toEqual([]);
    expect(parsed.totals).toEqual([]);
  });
});

describe('unroca-index adapter: rejects', () => {
  const cases: [number, string, RegExp][] = [
    [4, 'missing_country', /no country slug/],
    [5, 'bad_year', /country 'utopia': year 2098\.5 is not an integer/],
    [6, 'bad_year', /country 'arcadia': year "2099" is not an integer/],
    [8, 'duplicate_country', /'austria' is listed again \(first on line 2\)/],
    [9, 'bad_year', /country 'mexico': .*1066 is outside/],
    [10, 'bad_years', /country 'peru': years is not an array/],
    [11, 'bad_entry', /not a \{country, years\} object/],
  ];
  it.each(cases)('rejects line %i with %s', (line, code, reason) => {
    const r = rejectAt(line);
    expect(r).toMatchObject({ file: 'years.json', reasonCode: code });
    expect(r!.reason).toMatch(reason);
  });

  it('rejects exactly those entries, whole, with the text of their line', () => {
    expect(parsed.rejects.map((r) => r.line)).toEqual(cases.map(([line]) => line));
    expect(rejectAt(5)!.raw).toBe('{"country": "utopia", "years": [{"year": 2098.5}]},');
    expect(parsed.reports.some((r) => ['utopia', 'arcadia', 'mexico', 'peru'].includes(r.reporterName) || (r.year === 2097 && r.reporterName === 'austria'))).toBe(false);
  });

  it('rejects a whole entry when one of its years is bad', () => {
    const p = parseUnrocaIndex([fromText('[\n{"country": "austria", "years": [{"year": 2099}, {"year": null}]}\n]')]);
    expect(p.reports).toEqual([]);
    expect(p.rejects).toMatchObject([{ line: 2, reasonCode: 'bad_year' }]);
  });
});

describe('unroca-index adapter: counts and line numbers', () => {
  it('reconciles rows read (country objects) with rows loaded plus rejects', () => {
    expect(parsed.rowsRead).toBe(11);
    expect(parsed.rowsLoaded).toBe(4);
    expect(parsed.rowsRead).toBe(parsed.rowsLoaded + parsed.rejects.length);
    expect(parsed.reports).toHaveLength(4);
  });

  it('gives every object on one line that line, and a pretty-printed object the line it opens on', () => {
    const oneLine = parseUnrocaIndex([fromText('[{"country": "a", "years": [{"year": 2099}]}, {"country": "b", "years": [{"year": 2098}]}]')]);
    expect(oneLine.reports.map((r) => [r.reporterName, r.line])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    const pretty = parseUnrocaIndex([fromText('[\n  {\n    "country": "a",\n    "years": [\n      {"year": 2099}\n    ]\n  },\n  {\n    "country": "b",\n    "years": []\n  }\n]\n')]);
    expect(pretty.reports.map((r) => r.line)).toEqual([2]);
    expect(pretty.rowsRead).toBe(2);
  });

  it('reads CRLF line endings and a byte-order mark', () => {
    const p = parseUnrocaIndex([fromText('\ufeff[\r\n{"country": "a", "years": []},\r\n{"country": "b", "years": [{"year": 2099}]}\r\n]\r\n')]);
    expect(p.reports).toMatchObject([{ reporterName: 'b', line: 3 }]);
    const bad = parseUnrocaIndex([fromText('[\r\n{"years": []}\r\n]')]);
    expect(bad.rejects[0]!.raw).toBe('{"years": []}');
  });

  it('reads an empty array as no rows', () => {
    expect(parseUnrocaIndex([fromText('[]')])).toMatchObject({ rowsRead: 0, rowsLoaded: 0, reports: [], rejects: [] });
  });

  it('refuses to run without a file', () => {
    expect(() => parseUnrocaIndex([])).toThrow(/no input file/);
  });
});

describe('unroca-index adapter: invalid files', () => {
  it('fails on a truncated file, naming the file and the line', () => {
    expect(() => parseUnrocaIndex([file('broken-truncated.json')])).toThrow(/^broken-truncated\.json:3:\d+: invalid JSON/);
  });

  it('fails on a trailing comma, naming the line and column', () => {
    expect(() => parseUnrocaIndex([file('broken-trailing-comma.json')])).toThrow(/^broken-trailing-comma\.json:3:48: invalid JSON/);
  });

  it('fails when the top level is not an array', () => {
    expect(() => parseUnrocaIndex([file('broken-not-array.json')])).toThrow(/^broken-not-array\.json:1: expected a JSON array/);
  });

  it('fails on an empty file', () => {
    expect(() => parseUnrocaIndex([fromText('', 'empty.json')])).toThrow(/^empty\.json:1:1: invalid JSON/);
  });
});

describe('JSON helpers', () => {
  it('lineAt turns an offset into a 1-based line and column', () => {
    expect(lineAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });

  it('topLevelElementOffsets skips brackets, braces and escaped quotes inside strings', () => {
    const t = '[ "a]}\\"[", {"k": "{[,"}, [1, [2]], 3 ]';
    expect(topLevelElementOffsets(t).map((o) => t[o])).toEqual(['"', '{', '[', '3']);
    expect(topLevelElementOffsets('[]')).toEqual([]);
  });

  it('jsonErrorOffset returns -1 for valid JSON and the offset of the first error otherwise', () => {
    for (const ok of ['[]', '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]}', ' 0 ']) {
      expect(() => JSON.parse(ok)).not.toThrow();
      expect(jsonErrorOffset(ok)).toBe(-1);
    }
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('{a: 1}')).toBe(1);
    expect(jsonErrorOffset('[1] x')).toBe(4);
    expect(jsonErrorOffset('[01]')).toBe(2);
    expect(jsonErrorOffset('["\\x"]')).toBe(2);
    expect(jsonErrorOffset('[tru]')).toBe(1);
    expect(jsonErrorOffset('[1, "abc')).toBe(4);
    expect(jsonErrorOffset('["a\tb"]')).toBe(1);
    expect(jsonErrorOffset('')).toBe(0);
  });
});

describe('unroca-index adapter: the roster (countries.json) against the answers (years.json)', () => {
  // SYNTHETIC: three countries asked about, two answered, one answer for a country never asked about.
  const years = fromText('[\n{"country": "austria", "years": [{"year": 2099}]},\n{"country": "narnia", "years": []},\n{"country": "chile", "years": []}\n]\n');
  const roster = fromText('[\n{"country": "austria"},\n{"country": "chile"},\n{"country": "peru"},\n{"country": "chile"}\n]\n', 'countries.json');
  const out = parseUnrocaIndex([years, roster]);

  it('reads every row of both files: rows read = loaded + rejected', () => {
    expect(out.rowsRead).toBe(3 + 4);
    expect(out.rowsLoaded + out.rejects.length).toBe(out.rowsRead);
  });

  it('rejects an answer for a country not in the roster, and keeps its reports out', () => {
    expect(out.rejects.find((r) => r.file === 'years.json')).toMatchObject({ line: 3, reasonCode: 'not_in_roster' });
    expect(out.reports.map((r) => r.reporterName)).toEqual(['austria']);
  });

  it('rejects a roster country with no answer, and a roster country listed twice', () => {
    const rosterRejects = out.rejects.filter((r) => r.file === 'countries.json').map((r) => [r.line, r.reasonCode]);
    expect(rosterRejects).toEqual([
      [4, 'not_answered'],
      [5, 'duplicate_country'],
    ]);
  });

  it('matches the real roster to the real answers, country for country', () => {
    const mirror = process.env.ATT_SOURCES_DIR;
    if (!mirror) return;
    const real = (name: string): SourceFile => ({ name, bytes: readFileSync(join(mirror, 'unroca-reporting-index', name)) });
    const r = parseUnrocaIndex([real('years.json'), real('countries.json')]);
    expect(r.rejects).toEqual([]);
    expect(r.rowsRead).toBe(193 + 193);
  });
});
