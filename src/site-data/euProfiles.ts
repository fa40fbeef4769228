/**
 * The EU annual-report figures of every State at once (brokering, consultations, missions): one
 * grouped query per build (src/queries/euReports.ts), split by State, for the country profiles.
 */
import { type EuYearRow, euYearsQuery } from '../queries/euReports.ts';
import { groupBy } from '../specs/series.ts';
import { dataDir } from './dataDir.ts';
import { hasTable, queryRows } from './db.ts';

const cache = new Map<string, Promise<Map<string, EuYearRow[]>>>();

async function load(dir: string): Promise<Map<string, EuYearRow[]>> {
  // A data folder built before these tables existed has none of them: the profiles then show no section.
  if (!['eu_brokering', 'eu_consultations', 'eu_missions'].every((t) => hasTable(t, dir))) return new Map();
  return groupBy(await queryRows<EuYearRow>(euYearsQuery(), dir), (r) => r.iso3);
}

/** Per State (ISO3), its rows per year, in year order; States with none are absent. */
export function euProfiles(dir = dataDir()): Promise<Map<string, EuYearRow[]>> {
  let p = cache.get(dir);
  if (!p) cache.set(dir, (p = load(dir)));
  return p;
}
