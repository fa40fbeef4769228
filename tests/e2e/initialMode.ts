/**
 * Which initial-report data the served site was built from, read from its own /data/manifest.json:
 * - 'empty': no initial report transcribed (the real data today): pages must say so;
 * - 'fixture': the SYNTHETIC two-build fixture set (tests/lib/syntheticInitialBuild.ts), whose every
 *   answer and change the tests know;
 * - 'other': real transcriptions, checked for consistency only.
 *
 * The fixture build is served with:
 *   npm exec -- node tests/lib/syntheticInitialBuild.ts test-results/synthetic-initial
 *   ATT_DATA_DIR=test-results/synthetic-initial ATT_DIST_DIR=test-results/dist-initial \
 *     npm run test:e2e -- tests/e2e/initialReports.e2e.test.ts tests/e2e/changes.e2e.test.ts
 */
export type InitialMode = 'empty' | 'fixture' | 'other';

export const FIXTURE_SOURCE_ID = 'att-initial-synthetic';

export async function initialMode(baseUrl: string): Promise<{ mode: InitialMode; reports: number }> {
  const m = (await (await fetch(`${baseUrl}/data/manifest.json`)).json()) as { tables: { name: string; rows: number }[]; sources: { id: string }[] };
  const reports = m.tables.find((t) => t.name === 'initial_reports')?.rows ?? 0;
  if (reports === 0) return { mode: 'empty', reports };
  return { mode: m.sources.some((s) => s.id === FIXTURE_SOURCE_ID) ? 'fixture' : 'other', reports };
}
