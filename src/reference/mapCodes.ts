/**
 * Which State each shape of the world map is, and where to put a State that has no shape.
 *
 * Shapes come from world-atlas (Natural Earth 1:110m, countries-110m.json), identified by ISO 3166-1
 * numeric code. The numeric → alpha-3 table is the one the portal's State names come from
 * (i18n-iso-countries codes.json: alpha-2, alpha-3, numeric), so a shape and a table row can never
 * disagree on a code. Natural Earth gives three shapes no numeric code: Kosovo (mapped here by its
 * name to XKX, the portal's code), and "N. Cyprus" and "Somaliland", which are not States in the
 * portal's reference and stay uncoloured.
 *
 * States too small for the 1:110m map (most island States, Andorra, Singapore, …) are drawn as points
 * at the latitude and longitude that world-countries (countries.json `latlng`, the package the UN
 * regions come from) gives for them. This module is build-time only: the site ships the projected
 * result (src/pages/map/world.json.ts), never these tables.
 */
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import countries from 'world-countries/countries.json' with { type: 'json' };
import { KOSOVO_ISO3 } from './stateNames.ts';

const PACKAGE_KOSOVO = 'XKK';

/** ISO 3166-1 numeric (three digits, as world-atlas writes it) → the portal's alpha-3. */
export const ISO3_BY_NUMERIC: ReadonlyMap<string, string> = new Map((codes as string[][]).filter((c) => c[2]).map(([, iso3, numeric]) => [numeric!, iso3 === PACKAGE_KOSOVO ? KOSOVO_ISO3 : iso3!]));

/** Natural Earth shapes without a numeric code that are States in the portal's reference (by their world-atlas name). */
const BY_NAME: Record<string, string> = { Kosovo: KOSOVO_ISO3 };

/** The portal's alpha-3 of a world-atlas shape, or null when it is not a State in the reference. */
export function iso3OfShape(id: string | number | undefined, name: string | undefined): string | null {
  if (id !== undefined) return ISO3_BY_NUMERIC.get(String(id).padStart(3, '0')) ?? null;
  return (name && BY_NAME[name]) ?? null;
}

interface WorldCountry {
  cca3: string;
  latlng: number[];
}

/** world-countries lists Kosovo under the user-assigned code UNK. */
const WORLD_CODE: Record<string, string> = { UNK: KOSOVO_ISO3 };

const LOCATION = new Map((countries as WorldCountry[]).map((c) => [WORLD_CODE[c.cca3] ?? c.cca3, c.latlng]));

/** Longitude and latitude of a State's point (world-countries `latlng`), or null when the package has none. */
export function pointOf(iso3: string): [number, number] | null {
  const ll = LOCATION.get(iso3);
  return ll && ll.length === 2 ? [ll[1]!, ll[0]!] : null;
}
