/**
 * Which initial-report data the served site was built from, read from its own /data/manifest.json:
 * - 'empty': no initial report transcribed (the real data today): pages must say so;
 * - 'fixture': the SYNTHETIC two-build fixture set (scripts/fixtures/syntheticInitialBuild.ts), whose every
 *   answer and change the tests know;
 * - 'other': real transcriptions, checked for consistency only.
 *
 * `npm run test:e2e:initial` writes the fixture data folder, builds the site from it into
 * test-results/dist-initial and runs the initial-report and changes e2e tests against it; a plain
 * `npm run test:e2e` runs them against the real data.
 */
export type InitialMode = 'empty' | 'fixture' | 'other';

export const FIXTURE_SOURCE_ID = 'att-initial-synthetic';

export async function initialMode(baseUrl: string): Promise<{ mode: InitialMode; reports: number }> {
  const m = (await (await fetch(`${baseUrl}/data/manifest.json`)).json()) as { tables: { name: string; rows: number }[]; sources: { id: string }[] };
  const reports = m.tables.find((t) => t.name === 'initial_reports')?.rows ?? 0;
  if (reports === 0) return { mode: 'empty', reports };
  return { mode: m.sources.some((s) => s.id === FIXTURE_SOURCE_ID) ? 'fixture' : 'other', reports };
}
