/**
 * The states reference table: every ISO 3166-1 country or territory plus Kosovo (XKX), with names in
 * English, French and Spanish (stateNames.ts), UN M49 region and UN membership (regions.ts) and the
 * transcribed ATT participation facts (attFacts.ts). Each row is checked against the schema.
 */
import { states, type StateRow } from '../schema/states.ts';
import { attColumnsFor } from './attFacts.ts';
import { isUnMember, placementOf } from './regions.ts';
import { displayName, ISO_CODES } from './stateNames.ts';

export { createStateResolver } from './stateResolver.ts';

export function buildStates(): StateRow[] {
  const rows = ISO_CODES.map(({ iso2, iso3 }) => {
    const { region, subregion } = placementOf(iso3);
    return states.row.parse({
      iso3,
      iso2,
      name_en: displayName('en', iso2),
      name_fr: displayName('fr', iso2),
      name_es: displayName('es', iso2),
      region,
      subregion,
      is_un_member: isUnMember(iso3),
      ...attColumnsFor(iso3),
    });
  });
  return rows.sort((a, b) => a.iso3.localeCompare(b.iso3));
}
