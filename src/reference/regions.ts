/**
 * UN M49 region and sub-region of each State or territory, and UN membership.
 *
 * Read from the world-countries package (countries.json: `region`, `subregion`, `unMember`), which
 * follows the UN geoscheme for most codes but not all. Checked against M49 as mirrored in
 * github.com/lukes/ISO-3166-Countries-with-Regional-Codes (all/all.csv): the differences are corrected
 * below, each with what the package says. Where M49 has no region (Antarctica) both are null.
 */
import countries from 'world-countries/countries.json' with { type: 'json' };
import { KOSOVO_ISO3 } from './stateNames.ts';

interface WorldCountry {
  cca3: string;
  region: string;
  subregion: string;
  unMember: boolean;
}

const WORLD = new Map((countries as WorldCountry[]).map((c) => [c.cca3, c]));

/** world-countries lists Kosovo under the user-assigned code UNK. */
const WORLD_CODE: Record<string, string> = { [KOSOVO_ISO3]: 'UNK' };

/** Sub-region names the package spells differently from M49. */
const SUBREGION_SPELLING: Record<string, string> = {
  'North America': 'Northern America',
  'South-Eastern Asia': 'South-eastern Asia',
};

type Placement = { region: string | null; subregion: string | null };
const M49 = (region: string | null, subregion: string | null): Placement => ({ region, subregion });

/** Codes the package places differently from M49 (package placement in the comment). */
const M49_CORRECTIONS: Record<string, Placement> = {
  // package: Europe / "Central Europe", not an M49 sub-region
  AUT: M49('Europe', 'Western Europe'),
  CZE: M49('Europe', 'Eastern Europe'),
  HUN: M49('Europe', 'Eastern Europe'),
  POL: M49('Europe', 'Eastern Europe'),
  SVK: M49('Europe', 'Eastern Europe'),
  SVN: M49('Europe', 'Southern Europe'),
  // package: Europe / "Southeast Europe", not an M49 sub-region
  ALB: M49('Europe', 'Southern Europe'),
  BIH: M49('Europe', 'Southern Europe'),
  BGR: M49('Europe', 'Eastern Europe'),
  HRV: M49('Europe', 'Southern Europe'),
  MKD: M49('Europe', 'Southern Europe'),
  MNE: M49('Europe', 'Southern Europe'),
  ROU: M49('Europe', 'Eastern Europe'),
  SRB: M49('Europe', 'Southern Europe'),
  // Kosovo is not an M49 area; placed in Southern Europe with all its neighbours (SRB, MNE, MKD, ALB).
  [KOSOVO_ISO3]: M49('Europe', 'Southern Europe'),
  // package: Europe / Southern Europe
  CYP: M49('Asia', 'Western Asia'),
  // package: Americas / North America
  MEX: M49('Americas', 'Central America'),
  UMI: M49('Oceania', 'Micronesia'),
  // package: Africa / Middle Africa
  SSD: M49('Africa', 'Eastern Africa'),
  // package: region "Antarctic", no sub-region
  ATA: M49(null, null),
  ATF: M49('Africa', 'Eastern Africa'),
  BVT: M49('Americas', 'South America'),
  HMD: M49('Oceania', 'Australia and New Zealand'),
  SGS: M49('Americas', 'South America'),
};

/**
 * UN membership corrections. The package marks the Holy See as a member; it is a non-member
 * observer State, which leaves the 193 Member States (a test checks the count).
 */
const UN_MEMBER_CORRECTIONS: Record<string, boolean> = { VAT: false };

function world(iso3: string): WorldCountry {
  const c = WORLD.get(WORLD_CODE[iso3] ?? iso3);
  if (!c) throw new Error(`world-countries has no entry for ${iso3}`);
  return c;
}

export function placementOf(iso3: string): Placement {
  const fixed = M49_CORRECTIONS[iso3];
  if (fixed) return fixed;
  const c = world(iso3);
  const subregion = c.subregion === '' ? null : (SUBREGION_SPELLING[c.subregion] ?? c.subregion);
  return { region: c.region === '' ? null : c.region, subregion };
}

export function isUnMember(iso3: string): boolean {
  return UN_MEMBER_CORRECTIONS[iso3] ?? world(iso3).unMember;
}
