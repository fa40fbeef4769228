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
import type { ParsedSource, SourceFile } from '../../../src/pipeline/types.ts';
import { INITIAL_QUESTIONS } from '../../../src/reference/initialQuestions.ts';
import type { Instrument } from '../../../src/schema/codes.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** Fixture files per adapter id (paths under tests/fixtures), where the folder is not named after the id. */
const SEEDS: Record<string, string[]> = {
  'coarm-okfn': ['coarm/eu-armsexports.csv'],
  'uk-siel': ['uk/values.csv', 'uk/ratings.csv', 'uk/refusal-criteria.csv'],
  'unroca-index': ['unroca/years.json'],
};

function seedFiles(id: string): { name: string; text: string }[] {
  const paths =
    SEEDS[id] ??
    readdirSync(join(FIXTURES, id))
      .filter((f) => !f.startsWith('broken-') && /\.(csv|json)$/.test(f))
      .slice(0, 2)
      .map((f) => `${id}/${f}`);
  return paths.map((p) => ({ name: p.split('/').pop()!, text: readFileSync(join(FIXTURES, p), 'utf8') }));
}

type AnyAdapter = { id: string; instrument?: Instrument; parse(files: SourceFile[]): unknown };
const ALL: AnyAdapter[] = [...Object.values(ADAPTERS), attInitialAdapter];

const resolver = REFERENCE.stateResolver(REFERENCE.states);
const lookup = REFERENCE.categoryLookup(REFERENCE.categories);

/** Runs one adapter (and normalize) on files; returns the failure found, or null. */
async function check(adapter: AnyAdapter, files: SourceFile[]): Promise<string | null> {
  let out: Pick<ParsedSource, 'rowsRead' | 'rowsLoaded' | 'rejects'>;
  try {
    out = (await adapter.parse(files)) as typeof out;
  } catch (e) {
    if (!(e instanceof Error)) return `threw a non-Error: ${String(e)}`;
    if (e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError || e instanceof SyntaxError) return `threw ${e.name}: ${e.message}`;
    return e.message.trim() === '' ? 'threw an Error without a message' : null;
  }
  if (out.rowsRead !== out.rowsLoaded + out.rejects.length) return `rows read ${out.rowsRead} ≠ loaded ${out.rowsLoaded} + rejected ${out.rejects.length}`;
  for (const r of out.rejects) if (!r.file || !(r.line >= 1) || !r.reason || !r.reasonCode) return `reject without file, line or reason: ${JSON.stringify(r)}`;
  const n =
    adapter === attInitialAdapter
      ? normalizeInitial(out as Awaited<ReturnType<typeof attInitialAdapter.parse>>, { states: resolver, questions: INITIAL_QUESTIONS })
      : normalizeSource(out as ParsedSource, { sourceId: 'fuzz', instrument: adapter.instrument!, states: resolver, categories: lookup, canonicalCode: REFERENCE.canonicalCode });
  if (n.rowsRead !== n.rowsLoaded + n.rejects.length) return `after normalize: rows read ${n.rowsRead} ≠ loaded ${n.rowsLoaded} + rejected ${n.rejects.length}`;
  return null;
}

/** Characters that stress a reader: delimiters, quotes, line ends, digits, signs, invisible and wide characters. */
const piece = fc.oneof(
  fc.constantFrom(',', ';', '"', '""', '\n', '\r', '\r\n', '\t', ' ', '-', '.', '0', '9', '1e400', 'ML4', 'VIII.a', 'yes', 'export', '\u202E', '\u200B', '\uFEFF', 'é', '😀', '{', '}', '[', ']', ':'),
  fc.string({ maxLength: 6 }),
);
const edit = fc.record({ line: fc.nat(), at: fc.nat(), cut: fc.nat({ max: 8 }), text: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')), copy: fc.boolean() });

/** Applies edits to a file's lines: each replaces a stretch of one line, or repeats a line. */
function applyEdits(text: string, edits: { line: number; at: number; cut: number; text: string; copy: boolean }[]): string {
  const lines = text.split('\n');
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
  return lines.join('\n');
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe.each(ALL.map((a) => ({ id: a.id, adapter: a })))('fuzz: $id', ({ id, adapter }) => {
  const seeds = seedFiles(id);

  it('has SYNTHETIC seed files to fuzz from', async () => {
    expect(seeds.length).toBeGreaterThan(0);
    await expect(check(adapter, seeds.map((s) => ({ name: s.name, bytes: utf8(s.text) })))).resolves.toBeNull();
  });

  it('reconciles or fails clearly on randomly edited rows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 6 }), async (which, edits) => {
        const target = which % seeds.length;
        const files = seeds.map((s, i) => ({ name: s.name, bytes: utf8(i === target ? applyEdits(s.text, edits) : s.text) }));
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
          if (i !== target) return { name: s.name, bytes: utf8(s.text) };
          if (whole) return { name: s.name, bytes };
          const b = utf8(s.text);
          const k = at % (b.length + 1);
          return { name: s.name, bytes: new Uint8Array([...b.slice(0, k), ...bytes, ...b.slice(k)]) };
        });
        expect(await check(adapter, files)).toBeNull();
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});
