/**
 * Fuzzing every adapter (issue 15): random edits of SYNTHETIC fixture rows, and random bytes, fed to
 * each adapter of the registry (plus the initial-report adapter, which build() calls apart). Whatever
 * comes in, an adapter either returns rows that reconcile (rows read = loaded + rejected, every reject
 * with its file, line and reason) or stops with an error that says what is wrong — never a
 * TypeError, RangeError or other sign of a bug, never a hang. The normalize stage is run on what the
 * adapter returned, with the real reference tables, and must reconcile too.
 *
 * An adapter added to the registry is fuzzed without changing this file when its fixtures live in
 * tests/fixtures/<adapter id>/; otherwise add its fixture files to SEEDS.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attInitialAdapter } from '../../../src/pipeline/adapters/attInitial.ts';
import { ADAPTERS } from '../../../src/pipeline/adapters/index.ts';
import { normalizeInitial } from '../../../src/pipeline/initialNormalize.ts';
import { normalizeSource } from '../../../src/pipeline/normalize.ts';
import { REFERENCE } from '../../../src/pipeline/reference.ts';
import type { OwnTableAdapter, ParsedSource, SourceFile } from '../../../src/pipeline/types.ts';
import { INITIAL_QUESTIONS } from '../../../src/reference/initialQuestions.ts';
import { seco2006, seco2010, secoLicences } from '../../helpers/syntheticSeco.ts';
import type { ParsedTreatyStatus } from '../../../src/pipeline/types.ts';
import { normalizeTreatyStatus } from '../../../src/pipeline/treatyStatus.ts';
import { ATT_PARTICIPANTS } from '../../../src/reference/attParticipation.ts';
import type { Instrument } from '../../../src/schema/codes.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const utf8 = (s: string) => new TextEncoder().encode(s);

const fixture = (path: string): SourceFile => ({ name: path.split('/').pop()!, bytes: new Uint8Array(readFileSync(join(FIXTURES, path))) });

/** Seed files per adapter id, where they are not in tests/fixtures/<adapter id>/. */
const SEEDS: Record<string, () => SourceFile[]> = {
  'coarm-okfn': () => [fixture('coarm/eu-armsexports.csv')],
  'uk-siel': () => ['uk/values.csv', 'uk/ratings.csv', 'uk/refusal-criteria.csv'].map(fixture),
  'unroca-index': () => [fixture('unroca/years.json')],
  'seco-war-material': () => [seco2006(), seco2010()],
  'seco-special-licences': () => [secoLicences()],
  'untc-att-status': () => [fixture('untc/att-status.html')],
  'caat-eu-broker': () => [fixture('caat-eu/broker.csv')],
  'caat-eu-consult': () => [fixture('caat-eu/consult.csv')],
  'caat-eu-mission': () => [fixture('caat-eu/mission.csv')],
};

function seedFiles(id: string): SourceFile[] {
  if (SEEDS[id]) return SEEDS[id]();
  return readdirSync(join(FIXTURES, id))
    .filter((f) => !f.startsWith('broken-') && /\.(csv|json|html)$/.test(f))
    .slice(0, 2)
    .map((f) => fixture(`${id}/${f}`));
}

/** Bytes as a string of one character per byte, so that edits keep the file's own encoding. */
const bin = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const unbin = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

type AnyAdapter = { id: string; kind?: string; instrument?: Instrument; parse(files: SourceFile[]): unknown; normalize?: OwnTableAdapter['normalize'] };

/**
 * Every adapter module in src/pipeline/adapters/, registered or not (build() calls the initial-report
 * and treaty-status adapters apart): each exported object with an id and a parse function.
 */
const modules = import.meta.glob<Record<string, unknown>>('../../../src/pipeline/adapters/*.ts', { eager: true });
const ALL: AnyAdapter[] = [
  ...new Set(
    Object.values(modules).flatMap((m) =>
      Object.values(m).filter((v): v is AnyAdapter => typeof v === 'object' && v !== null && typeof (v as AnyAdapter).id === 'string' && typeof (v as AnyAdapter).parse === 'function'),
    ),
  ),
];
const registered = new Set<unknown>(Object.values(ADAPTERS));

const resolver = REFERENCE.stateResolver(REFERENCE.states);
const lookup = REFERENCE.categoryLookup(REFERENCE.categories);

/** Runs one adapter (and normalize) on files; returns the failure found, or null. */
async function check(adapter: AnyAdapter, files: SourceFile[]): Promise<string | null> {
  let out: Pick<ParsedSource, 'rowsRead' | 'rowsLoaded' | 'rejects' | 'structural'>;
  try {
    out = (await adapter.parse(files)) as typeof out;
  } catch (e) {
    if (!(e instanceof Error)) return `threw a non-Error: ${String(e)}`;
    if (e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError || e instanceof SyntaxError) return `threw ${e.name}: ${e.message}`;
    return e.message.trim() === '' ? 'threw an Error without a message' : null;
  }
  // Lines that carry no data by design (titles, headers) are counted apart by the adapters that have them.
  const structural = (x: { structural?: Record<string, number> }) => Object.values(x.structural ?? {}).reduce((a, b) => a + b, 0);
  if (out.rowsRead !== out.rowsLoaded + out.rejects.length + structural(out)) return `rows read ${out.rowsRead} ≠ loaded ${out.rowsLoaded} + rejected ${out.rejects.length} + structural ${structural(out)}`;
  for (const r of out.rejects) if (!r.file || !(r.line >= 1) || !r.reason || !r.reasonCode) return `reject without file, line or reason: ${JSON.stringify(r)}`;
  // Each kind of adapter goes on to its own normalize stage, as in build().
  const n =
    adapter.kind === 'initial'
      ? normalizeInitial(out as Awaited<ReturnType<typeof attInitialAdapter.parse>>, { states: resolver, questions: INITIAL_QUESTIONS })
      : adapter.kind === 'own-table' && adapter.normalize
        ? adapter.normalize(out as Parameters<OwnTableAdapter['normalize']>[0], { states: resolver, stateRows: REFERENCE.states })
        : adapter.kind === 'treaty-status'
          ? normalizeTreatyStatus(out as ParsedTreatyStatus, { sourceId: 'fuzz', sourceUrl: 'https://example.org/', states: REFERENCE.states, resolver, handCompiled: ATT_PARTICIPANTS })
          : registered.has(adapter)
            ? normalizeSource(out as ParsedSource, { sourceId: 'fuzz', instrument: adapter.instrument!, states: resolver, categories: lookup, canonicalCode: REFERENCE.canonicalCode })
            : null;
  if (n && n.rowsRead !== n.rowsLoaded + n.rejects.length + structural(n as { structural?: Record<string, number> }))
    return `after normalize: rows read ${n.rowsRead} ≠ loaded ${n.rowsLoaded} + rejected ${n.rejects.length}`;
  return null;
}

/** Characters that stress a reader: delimiters, quotes, line ends, digits, signs, invisible and wide characters. */
const piece = fc.oneof(
  fc.constantFrom(',', ';', '"', '""', '\n', '\r', '\r\n', '\t', ' ', '-', '.', '0', '9', '1e400', 'ML4', 'VIII.a', 'yes', 'export', '\u202E', '\u200B', '\uFEFF', 'é', '😀', '{', '}', '[', ']', ':'),
  fc.string({ maxLength: 6 }),
);
const edit = fc.record({ line: fc.nat(), at: fc.nat(), cut: fc.nat({ max: 8 }), text: fc.array(piece, { maxLength: 4 }).map((p) => bin(utf8(p.join('')))), copy: fc.boolean() });

/** Applies edits to a file's lines: each replaces a stretch of one line, or repeats a line. */
function applyEdits(text: string, edits: { line: number; at: number; cut: number; text: string; copy: boolean }[]): string {
  // Lines end in LF, or in CR alone (classic Mac files): edits pick a line either way.
  const sep = text.includes('\n') ? '\n' : '\r';
  const lines = text.split(sep);
  for (const e of edits) {
    // Line 1 (the header) is edited rarely, so that most runs reach the row code.
    const i = lines.length > 1 ? 1 + (e.line % (lines.length - 1)) : 0;
    const l = lines[i] ?? '';
    if (e.copy) lines.splice(i, 0, l);
    else {
      const at = e.at % (l.length + 1);
      lines[i] = l.slice(0, at) + e.text + l.slice(at + e.cut);
    }
  }
  return lines.join(sep);
}

it('finds every adapter of the registry among the adapter modules', () => {
  for (const a of Object.values(ADAPTERS)) expect(ALL).toContain(a);
  expect(ALL).toContain(attInitialAdapter);
});

describe.each(ALL.map((a) => ({ id: a.id, adapter: a })))('fuzz: $id', ({ id, adapter }) => {
  const seeds = seedFiles(id);

  it('has SYNTHETIC seed files to fuzz from', async () => {
    expect(seeds.length).toBeGreaterThan(0);
    await expect(check(adapter, seeds)).resolves.toBeNull();
  });

  it('reconciles or fails clearly on randomly edited rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 6 }), async (which, edits) => {
        const target = which % seeds.length;
        const files = seeds.map((s, i) => (i === target ? { name: s.name, bytes: unbin(applyEdits(bin(s.bytes), edits)) } : s));
        expect(await check(adapter, files)).toBeNull();
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it('reconciles or fails clearly on random bytes, whole or spliced into a file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.uint8Array({ maxLength: 300 }), fc.nat(), fc.boolean(), async (which, bytes, at, whole) => {
        const target = which % seeds.length;
        const files = seeds.map((s, i) => {
          if (i !== target) return s;
          if (whole) return { name: s.name, bytes };
          const b = s.bytes;
          const k = at % (b.length + 1);
          return { name: s.name, bytes: new Uint8Array([...b.slice(0, k), ...bytes, ...b.slice(k)]) };
        });
        expect(await check(adapter, files)).toBeNull();
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});
