/**
 * CLI for the data pipeline: wires the stages, shows progress on stderr and a summary table.
 *
 *   node scripts/pipeline.ts [--sources DIR] [--out DIR] [--only id,id] [--cache DIR]
 *
 * --sources (or ATT_SOURCES_DIR) names a mirror folder laid out like data/sources.json's mirrorPath;
 * without it every pinned file is downloaded from its URL (and cached by sha256 in .cache/sources).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, DEFAULT_OUT } from '../src/pipeline/build.ts';
import type { Manifest } from '../src/schema/manifest.ts';
import { ADAPTERS } from '../src/pipeline/adapters/index.ts';
import { REFERENCE } from '../src/pipeline/reference.ts';
import { toolVersions } from '../src/pipeline/versions.ts';
import { writeTemplates } from './writeTemplates.ts';
import { writeInitialTemplate } from './writeInitialTemplate.ts';
import { noticeList } from '../src/pipeline/text.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
    cache: { type: 'string' },
    history: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..');
const mirror = values.sources ?? process.env.ATT_SOURCES_DIR;
const outDir = resolve(root, values.out ?? DEFAULT_OUT);
const t0 = performance.now();
const say = (m: string) => {
  if (!values.quiet) process.stderr.write(`[pipeline ${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}\n`);
};

try {
  say(mirror ? `reading sources from mirror ${resolve(mirror)}` : 'no mirror given (--sources DIR or ATT_SOURCES_DIR): downloading pinned files');
  const result = await build({
    root,
    sourcesFile: resolve(root, 'data/sources.json'),
    outDir,
    historyDir: resolve(root, values.history ?? 'data/snapshots'),
    mirror: mirror ? resolve(mirror) : undefined,
    cacheDir: resolve(root, values.cache ?? '.cache/sources'),
    adapters: ADAPTERS,
    reference: REFERENCE,
    now: new Date(),
    versions: await toolVersions(root),
    only: values.only?.split(',').map((s) => s.trim()),
    onProgress: say,
    // The blank transcription templates are published with the tables, in the same swap.
    beforeSwap: async (dir) => {
      await writeTemplates(resolve(dir, 'templates'));
      await writeInitialTemplate(resolve(dir, 'templates'));
    },
  });
  const wall = performance.now() - t0;
  const m = result.manifest;
  const rows = m.sources.reduce((n, s) => n + s.rowsRead, 0);
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    '',
    `${'source'.padEnd(28)}${pad('read', 9)}${pad('loaded', 9)}${pad('rejected', 10)}${pad('structural', 12)}${pad('facts', 9)}${pad('totals', 8)}${pad('reports', 9)}`,
    ...m.sources.map((s) => `${s.id.padEnd(28)}${pad(s.rowsRead, 9)}${pad(s.rowsLoaded, 9)}${pad(s.rowsRejected, 10)}${pad(s.rowsStructural ?? 0, 12)}${pad(s.facts, 9)}${pad(s.totals, 8)}${pad(s.reports, 9)}`),
    ...m.sources.flatMap((s) =>
      s.rowsRejected
        ? [
            `${s.id}: rejected by reason: ${Object.entries(s.rejectsByReason)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`,
          ]
        : [],
    ),
    ...m.sources.flatMap((s) =>
      s.rowsStructural
        ? [
            `${s.id}: structural lines (read, carry no data): ${Object.entries(s.structuralByKind ?? {})
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`,
          ]
        : [],
    ),
    '',
    ...m.tables.map((t) => `${(t.file).padEnd(28)}${pad(t.rows.toLocaleString('en'), 10)} rows ${pad(t.bytes.toLocaleString('en'), 11)} bytes  sha256 ${t.sha256.slice(0, 12)}…`),
    '',
    `reconciliation: ${m.reconciliation.totals} totals, ${m.reconciliation.match} match, ${m.reconciliation.mismatch} mismatch, ${m.reconciliation.noLines} with no lines`,
    ...treatyLines(m.treatyStatus),
    ...m.sources.flatMap((s) =>
      s.tableRows
        ? [
            `${s.id}: rows written: ${Object.entries(s.tableRows)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`,
          ]
        : [],
    ),
    // At most 20 names per source: the manifest lists them all.
    ...m.sources.flatMap((s) => (s.unresolvedNames.length ? [`${s.id}: unresolved names: ${noticeList(s.unresolvedNames)}`] : [])),
    ...m.sources.flatMap((s) => (s.namesCleaned.length ? [`${s.id}: invisible characters removed from names: ${noticeList(s.namesCleaned.map((c) => ({ name: c.written, lines: c.times })))}`] : [])),
    ...m.sources.flatMap((s) => (s.textsCut ? [`${s.id}: ${s.textsCut} free-text cell(s) cut to the portal's cap (marked in the text)`] : [])),
    `snapshot ${m.snapshotId}; ${rows.toLocaleString('en')} rows in ${(wall / 1000).toFixed(2)} s = ${Math.round(rows / (wall / 1000)).toLocaleString('en')} rows/s; stages ms: ${Object.entries(result.timings)
      .map(([k, v]) => `${k} ${Math.round(v)}`)
      .join(', ')}`,
    `changes since ${result.changes.previousSnapshotId ?? '(no earlier snapshot)'}: ${result.changes.added.length} reports added, ${result.changes.amended.length} amended, ${result.changes.withdrawn.length} withdrawn`,
    `written to ${outDir}`,
  ];
  process.stderr.write(lines.join('\n') + '\n');
} catch (e) {
  process.stderr.write(`\npipeline failed: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exit(1);
}

/** The depositary's ATT status in the summary: counts against the printed ones, and every difference from the hand-compiled facts. */
function treatyLines(t: Manifest['treatyStatus']): string[] {
  if (!t) return [];
  const types = Object.entries(t.consentTypes)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  return [
    `${t.sourceId}: status as at ${t.statusAsAt}: ${t.participants} participants, ${t.signatories} signatories (printed ${t.printed.signatories ?? '?'}), ${t.parties} parties (printed ${t.printed.parties ?? '?'}: ${types}), ${t.provisionalApplication} provisional application, ${t.footnotes} end notes, ${t.declarations} declarations`,
    `${t.sourceId}: versus the hand-compiled facts: ${t.gapsFilled} gaps filled, ${t.disagreements.length} disagreements (the depositary's facts are used; listed in manifest.json treatyStatus.disagreements)`,
    ...t.disagreements.map((d) => `  ${d.iso3} ${d.field}: hand-compiled ${d.handCompiled}, depositary ${d.depositary}`),
  ];
}
