/**
 * No silent data damage (issue 15, items 6, 7, 9, 10 and 13), checked on every CSV adapter with the
 * SYNTHETIC fixtures under tests/fixtures: a damaged file or row is rejected with its file, line and
 * reason, and what is kept of a row in the rejects table is the row as written.
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attAnnualAdapter } from '../../../src/pipeline/adapters/attAnnual.ts';
import { attInitialAdapter } from '../../../src/pipeline/adapters/attInitial.ts';
import { coarmOkfnAdapter } from '../../../src/pipeline/adapters/coarmOkfn.ts';
import { ukSielAdapter } from '../../../src/pipeline/adapters/ukSiel.ts';
import { unrocaIndexAdapter } from '../../../src/pipeline/adapters/unrocaIndex.ts';
import { CsvError } from '../../../src/pipeline/kit/csv.ts';
import { readFolder } from '../../../src/pipeline/sources.ts';
import type { ParsedSource, SourceFile } from '../../../src/pipeline/types.ts';

const fixtures = join(import.meta.dirname, '../../fixtures');
const text = (path: string) => readFileSync(join(fixtures, path), 'utf8');
const bytesOf = (s: string) => new TextEncoder().encode(s);
const reconciles = (p: { rowsRead: number; rowsLoaded: number; rejects: unknown[] }) => expect(p.rowsRead).toBe(p.rowsLoaded + p.rejects.length);

/** Each CSV adapter with its fixture files; `target` is the file the cases below damage. */
interface CsvCase {
  adapter: { id: string; parse(files: SourceFile[]): unknown };
  files: Record<string, string>;
  target: string;
}
const CSV_CASES: CsvCase[] = [
  { adapter: coarmOkfnAdapter, files: { 'eu-armsexports.csv': text('coarm/eu-armsexports.csv') }, target: 'eu-armsexports.csv' },
  {
    adapter: ukSielAdapter,
    files: { 'values.csv': text('uk/values.csv'), 'ratings.csv': text('uk/ratings.csv'), 'refusal-criteria.csv': text('uk/refusal-criteria.csv') },
    target: 'values.csv',
  },
  { adapter: attAnnualAdapter, files: { 'norway-2099-v1.csv': text('att-annual/norway-2099-v1.csv') }, target: 'norway-2099-v1.csv' },
  { adapter: attInitialAdapter, files: { 'norway-initial-v1.csv': text('att-initial/norway-initial-v1.csv') }, target: 'norway-initial-v1.csv' },
];

async function run(adapter: { parse(f: SourceFile[]): unknown }, files: Record<string, string | Uint8Array>) {
  const list = Object.entries(files).map(([name, content]) => ({ name, bytes: typeof content === 'string' ? bytesOf(content) : content }));
  return (await adapter.parse(list)) as Pick<ParsedSource, 'rowsRead' | 'rowsLoaded' | 'rejects'>;
}

/** The file with its line `line` (1-based) changed by `f`. */
function edit(content: string, line: number, f: (l: string) => string): string {
  const lines = content.split('\n');
  lines[line - 1] = f(lines[line - 1]!);
  return lines.join('\n');
}

describe.each(CSV_CASES)('$adapter.id: damaged input', ({ adapter, files, target }) => {
  it('rejects a file that is not UTF-8 with the file, line and byte named (item 6)', async () => {
    const original = bytesOf(files[target]!);
    const at = original.indexOf(10) + 1; // start of line 2
    const damaged = new Uint8Array([...original.slice(0, at), 0xe9, ...original.slice(at)]); // é in Latin-1
    const err = await run(adapter, { ...files, [target]: damaged }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsvError);
    expect((err as CsvError).message).toMatch(new RegExp(`^${target.replace('.', '\\.')}:2: not valid UTF-8: byte 0xE9 at offset ${at}`));
  });

  it('reads the same file saved as UTF-16 with a byte-order mark like its UTF-8 original (item 6)', async () => {
    const utf16 = (s: string) =>
      new Uint8Array([
        0xff,
        0xfe,
        ...[...s].flatMap((c) => {
          const u = c.charCodeAt(0);
          return [u & 0xff, u >> 8];
        }),
      ]);
    const original = await run(adapter, files);
    const wide = await run(adapter, { ...files, [target]: utf16(files[target]!) });
    expect(wide).toEqual(original);
  });

  it('rejects a record with text after a closing quote, naming line and column, and keeps the rest (item 9)', async () => {
    // The second data line gets a field written "x"y: RFC 4180 has no reading for it.
    const damaged = edit(files[target]!, 3, (l) => `"x"y${l.slice(l.search(/[,;]/))}`);
    const p = await run(adapter, { ...files, [target]: damaged });
    const r = p.rejects.find((x) => x.line === 3 && x.file === target);
    expect(r).toMatchObject({ reasonCode: 'bad_quoting', reason: expect.stringMatching(/^line 3, column 4: 'y' follows the closing quote of field 1/) });
    expect(r!.raw).toBe(damaged.split('\n')[2]!.replace(/\r$/, ''));
    reconciles(p);
  });
});

describe('att-annual: identical repeated rows (item 7)', () => {
  it('rejects the repeat of a row, naming the line it repeats, and loads the first', async () => {
    const csv = text('att-annual/norway-2099-v1.csv');
    const lines = csv.trimEnd().split('\n');
    const repeated = [...lines, lines[2], lines[2]].join('\n') + '\n';
    const p = await attAnnualAdapter.parse([{ name: 'rep.csv', bytes: bytesOf(repeated) }]);
    const n = lines.length;
    expect(p.rejects.filter((r) => r.reasonCode === 'duplicate_row')).toEqual([
      expect.objectContaining({ line: n + 1, reason: expect.stringMatching(/^repeats line 3 cell for cell/), raw: lines[2] }),
      expect.objectContaining({ line: n + 2, reason: expect.stringMatching(/^repeats line 3 cell for cell/), raw: lines[2] }),
    ]);
    expect(p.facts.filter((f) => f.line === 3)).toHaveLength(1);
    reconciles(p);
  });

  it('does not take two rows that differ in one cell for repeats', async () => {
    const csv = text('att-annual/norway-2099-v1.csv').trimEnd();
    const line3 = csv.split('\n')[2]!;
    const p = await attAnnualAdapter.parse([{ name: 'near.csv', bytes: bytesOf(`${csv}\n${line3.replace('Synthetic revolvers', 'Synthetic rifles')}\n`) }]);
    expect(p.rejects.filter((r) => r.reasonCode === 'duplicate_row')).toEqual([]);
  });

  it('takes a row repeated with the title-page cells filled in for a repeat too', async () => {
    const csv = text('att-annual/norway-2099-v1.csv').trimEnd();
    const line3 = csv.split('\n')[2]!;
    const p = await attAnnualAdapter.parse([{ name: 'rep.csv', bytes: bytesOf(`${csv}\nNorway,2099,1${line3.slice(2)}\n`) }]);
    expect(p.rejects.map((r) => r.reasonCode)).toContain('duplicate_row');
  });
});

describe('scale and layout (item 10)', () => {
  it('reads one transcription of 1,000,000 SYNTHETIC rows, with every row counted', async () => {
    const header = text('att-annual/norway-2099-v1.csv').split('\n')[0]!;
    const title = 'Atlantis,2099,1,,no,yes,no,export,actual,II,1,1,USD,Utopia,,,,';
    // Rows differ in their item count, so none is a repeat of another.
    const rows = Array.from({ length: 999_999 }, (_, i) => `,,,,,,,export,actual,II,${i + 2},,,Utopia,,,,`);
    const csv = `${header}\n${title}\n${rows.join('\n')}\n`;
    const p = await attAnnualAdapter.parse([{ name: 'million.csv', bytes: bytesOf(csv) }]);
    expect(p.rowsRead).toBe(1_000_000);
    expect(p.facts).toHaveLength(1_000_000);
    expect(p.rejects).toHaveLength(0);
    reconciles(p);
  }, 300_000);

  it('reads transcriptions in subfolders, naming each by its path, instead of failing with EISDIR', async () => {
    const root = await mkdtemp(join(tmpdir(), 'att-folder-'));
    try {
      await mkdir(join(root, 'att', '2099'), { recursive: true });
      await writeFile(join(root, 'att', 'a.csv'), 'a');
      await writeFile(join(root, 'att', '2099', 'b.csv'), 'b');
      await writeFile(join(root, 'att', '2099', 'README.md'), 'skipped');
      const files = await readFolder('att', { root });
      expect(files.map((f) => f.name)).toEqual(['att/2099/b.csv', 'att/a.csv']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('unroca-index: encodings (item 6)', () => {
  it('rejects years.json that is not UTF-8, naming the file and line', async () => {
    const json = bytesOf('[\n{"country": "c\u00f4te", "years": []}\n]\n');
    const latin1 = new Uint8Array([...json].filter((b, i, a) => !(b === 0xc3 && a[i + 1] === 0xb4)).map((b) => (b === 0xb4 ? 0xf4 : b)));
    await expect(async () => unrocaIndexAdapter.parse([{ name: 'years.json', bytes: latin1 }])).rejects.toThrow(/^years\.json:2: not valid UTF-8: byte 0xF4/);
  });
});

describe('att-annual: XLSX cells that would load a guess (item 8)', () => {
  it('rejects a row with merged cells and one with a formula without result, naming worksheet and cells', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Report');
    for (const line of text('att-annual/norway-2099-v1.csv').trimEnd().split('\n').slice(0, 4)) ws.addRow(line.split(','));
    ws.mergeCells('K3:L3'); // number_of_items into value
    ws.getCell('K4').value = { formula: 'K2*2' } as never;
    const p = await attAnnualAdapter.parse([{ name: 'm.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) }]);
    expect(p.rejects.map((r) => [r.line, r.reasonCode, r.reason.slice(0, 40)])).toEqual([
      [3, 'merged_cells', "worksheet 'Report', cells K3:L3 are merg"],
      [4, 'formula_without_result', "worksheet 'Report', cell K4 holds the fo"],
    ]);
    reconciles(p);
  });
});
