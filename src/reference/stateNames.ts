/**
 * ISO 3166-1 codes and the names of States and territories in English, French and Spanish, read from
 * the `i18n-iso-countries` package (codes.json and langs/{en,fr,es}.json; version pinned in
 * package-lock.json). The package gives one name per code, or for some codes an array of variants
 * (e.g. ["People's Republic of China", "China"]). Where it gives an array we show the reviewed pick
 * below; every variant is still accepted by the name resolver.
 *
 * Rule for the picks: the short form in common use, never an abbreviation ("UAE") nor a formal
 * "Republic of …" style; where two States share a short form ("Congo") the form that tells them apart;
 * where the UN has adopted a new short name (Czechia 2016, Türkiye 2022) that one. Codes that the package
 * gives as a single string keep the package's wording (ISO short names such as "Moldova, Republic of").
 *
 * Kosovo: the package lists it as XK/XKK; the portal uses XKX, the code the EU and UN agencies use
 * (see the iso3 column description in src/schema/states.ts).
 */
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import enFile from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import esFile from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import frFile from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { Locale } from '../schema/columns.ts';

type NameTable = Record<string, string | string[]>;

const TABLES: Record<Locale, NameTable> = {
  en: (enFile as { countries: NameTable }).countries,
  fr: (frFile as { countries: NameTable }).countries,
  es: (esFile as { countries: NameTable }).countries,
};

/** The code the package uses for Kosovo, and the one the portal uses instead. */
const KOSOVO_PACKAGE_ISO3 = 'XKK';
export const KOSOVO_ISO3 = 'XKX';

/** Reviewed display names for the codes where the package offers several variants (see the rule above). */
export const PREFERRED_NAMES: Record<Locale, Record<string, string>> = {
  en: {
    AE: 'United Arab Emirates',
    AX: 'Åland Islands',
    CD: 'Democratic Republic of the Congo',
    CG: 'Republic of the Congo',
    CI: "Côte d'Ivoire",
    CN: 'China',
    CZ: 'Czechia',
    GB: 'United Kingdom',
    GM: 'Gambia',
    IR: 'Iran',
    KR: 'South Korea', // matches the package's single name for KP, "North Korea"
    MK: 'North Macedonia',
    NL: 'Netherlands',
    PN: 'Pitcairn',
    PS: 'Palestine',
    RU: 'Russia',
    TR: 'Türkiye',
    TW: 'Taiwan',
    TZ: 'Tanzania',
    US: 'United States',
  },
  fr: {},
  es: {
    IR: 'Irán',
  },
};

export interface IsoCode {
  iso2: string;
  iso3: string;
}

/** Every code the package lists (ISO 3166-1 plus Kosovo), with Kosovo under XKX. */
export const ISO_CODES: readonly IsoCode[] = (codes as string[][]).map(([iso2, iso3]) => ({
  iso2: iso2!,
  iso3: iso3 === KOSOVO_PACKAGE_ISO3 ? KOSOVO_ISO3 : iso3!,
}));

function variants(locale: Locale, iso2: string): string[] {
  const v = TABLES[locale][iso2];
  if (v === undefined) return [];
  return typeof v === 'string' ? [v] : v;
}

/** The display name of a code in one language; throws when the package has no name for it. */
export function displayName(locale: Locale, iso2: string): string {
  const all = variants(locale, iso2);
  if (all.length === 0) throw new Error(`i18n-iso-countries has no ${locale} name for ${iso2}`);
  return PREFERRED_NAMES[locale][iso2] ?? all[0]!;
}

/** Every name the package gives for a code, in the three languages (the resolver accepts them all). */
export function nameVariants(iso2: string): string[] {
  return [...variants('en', iso2), ...variants('fr', iso2), ...variants('es', iso2)];
}

/** Codes for which the package offers several names in a language: each needs a reviewed pick. */
export function codesWithVariants(locale: Locale): string[] {
  return Object.entries(TABLES[locale])
    .filter(([, v]) => Array.isArray(v))
    .map(([iso2]) => iso2)
    .sort();
}
