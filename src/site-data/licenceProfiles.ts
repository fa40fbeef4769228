/**
 * Licence items per reporting State and year, for the country pages: one grouped query per build
 * (licenceYearsQuery), split by State here, like countryProfiles.ts does for transfers.
 */
import { licenceYearsQuery } from '../queries/licenceItems.ts';
import { dataDir } from './dataDir.ts';
import { hasTable, queryRows } from './db.ts';
import { groupBy } from '../specs/series.ts';

export interface LicenceYear {
  reporter_iso3: string;
  year: number;
  currency: string;
  items: number;
  licences: number;
  military_items: number;
  value: number;
}

const cache = new Map<string, Promise<Map<string, LicenceYear[]>>>();

export function licenceProfiles(dir = dataDir()): Promise<Map<string, LicenceYear[]>> {
  let p = cache.get(dir);
  if (!p) {
    p = (async () => {
      if (!hasTable('licence_items', dir)) return new Map();
      const q = licenceYearsQuery();
      return groupBy(await queryRows<LicenceYear>(q, dir), (r) => r.reporter_iso3);
    })();
    cache.set(dir, p);
  }
  return p;
}
