/**
 * REVIEWED table of names the sources use that are not (or not unambiguously) names of the states
 * table. Each entry maps one spelling to one ISO alpha-3 code; `why` explains the entries whose
 * mapping is not obvious from the words. Matching ignores case, accents and punctuation
 * (normalizeName in stateResolver.ts), so "Republic Of Moldova" and "republic-of-moldova" share one entry.
 *
 * Rules applied:
 * - A dependency written with its sovereign State ("United Kingdom (Cayman Islands)") maps to the
 *   dependency's own ISO code (CYM), not to the sovereign State.
 * - A group of territories with no ISO code of its own ("Channel Islands", "Netherlands Antilles",
 *   "French Overseas Territory") maps to the State responsible for its international relations; the
 *   name as written stays in the data (partner_name), so the detail is not lost. Such a row can show
 *   a State as the partner of its own export (UK → GBR for the Channel Islands).
 * - A State that no longer exists maps to its continuator where there is one (Serbia and Montenegro
 *   → Serbia); otherwise the name stays unresolved.
 * - Never a guess: a name that could mean two States is either settled here with a reason or listed
 *   in NEVER_RESOLVE. Not States at all (e.g. COARM's "TOTAL PER ML categorya") are not listed: the
 *   adapters deal with them.
 *
 * Sources of the spellings: okfnat-eu-coarm/eu-armsexports.csv (EU COARM), caat-uk-arms-export-data/values.csv
 * (UK SIEL), unroca-reporting-index/years.json (UNROCA slugs), untc-att-status/att.html (UN Treaty
 * Collection), unroca-transfers/unroca_results.json (UN Register short names with their abbreviations),
 * caat-eu-arms-export-data/*.csv (EU brokering, consultations, missions); German names of the Swiss SECO
 * statistics are kept in stateAliasesGerman.ts and appended at the end. No Node or DOM imports.
 */
import { GERMAN_STATE_ALIASES } from './stateAliasesGerman.ts';

export interface StateAlias {
  name: string;
  iso3: string;
  /** Why this mapping holds, where the words alone do not say it. */
  why?: string;
}

export const STATE_ALIASES: readonly StateAlias[] = [
  // Scrape artefacts (EU COARM)
  { name: 'Chrypre', iso3: 'CYP', why: 'misspelt French "Chypre" in the scraped COARM tables' },
  { name: 'CzechRepublic', iso3: 'CZE' },
  { name: 'Curaao', iso3: 'CUW', why: '"Curaçao" with the ç lost in scraping' },
  { name: 'St Marino', iso3: 'SMR', why: 'San Marino' },

  // Dependencies written with their sovereign State (EU COARM): their own ISO code
  { name: 'China (Hong Kong)', iso3: 'HKG' },
  { name: 'China (Macao)', iso3: 'MAC' },
  { name: 'China (Mainland)', iso3: 'CHN', why: 'China without Hong Kong and Macao, which COARM lists apart' },
  { name: 'Denmark (Faeroes)', iso3: 'FRO' },
  { name: 'Denmark (Greenland)', iso3: 'GRL' },
  { name: 'France (New Caledonia)', iso3: 'NCL' },
  { name: 'Netherlands (Aruba)', iso3: 'ABW' },
  { name: 'United Kingdom (Bermuda)', iso3: 'BMU' },
  { name: 'United Kingdom (British Virgin Islands)', iso3: 'VGB' },
  { name: 'United Kingdom (Cayman Islands)', iso3: 'CYM' },
  { name: 'United Kingdom (Falkland Islands)', iso3: 'FLK' },
  { name: 'United Kingdom (Gibraltar)', iso3: 'GIB' },
  { name: 'United Kingdom (St Helena)', iso3: 'SHN' },
  { name: 'United Kingdom (Turks And Caicos Islands)', iso3: 'TCA' },

  // Groups of territories with no single ISO code: the State responsible for their international relations
  {
    name: 'United Kingdom (Channel Islands)',
    iso3: 'GBR',
    why: 'Jersey (JEY) and Guernsey (GGY) together; the name does not say which. Both are Crown Dependencies whose international relations the UK conducts',
  },
  {
    name: 'Channel Islands',
    iso3: 'GBR',
    why: 'Jersey (JEY) and Guernsey (GGY) together; the name does not say which. Both are Crown Dependencies whose international relations the UK conducts',
  },
  {
    name: 'Netherlands (Netherlands Antilles)',
    iso3: 'NLD',
    why: 'a constituent country of the Kingdom of the Netherlands until 10 Oct 2010, then split into Curaçao (CUW), Sint Maarten (SXM) and Bonaire, Sint Eustatius and Saba (BES); no single successor code',
  },
  {
    name: 'Netherlands Antilles',
    iso3: 'NLD',
    why: 'a constituent country of the Kingdom of the Netherlands until 10 Oct 2010, then split into CUW, SXM and BES; no single successor code',
  },
  { name: 'French Overseas Territory', iso3: 'FRA', why: 'an unnamed French overseas territory (UK data); only France is certain' },

  // States that no longer exist
  {
    name: 'Serbia And Montenegro',
    iso3: 'SRB',
    why: 'the State Union (2003–2006); Serbia is its continuator (Montenegro became independent in June 2006). COARM uses the name for 2005 only; Montenegro’s share cannot be separated',
  },

  // Kosovo
  { name: 'Kosovo (Under Unscr 1244-99)', iso3: 'XKX', why: 'Kosovo as named by the EU (under UN Security Council resolution 1244/99); also matches "Kosovo (under UNSCR/1244/99)"' },

  // Other names for States (English)
  { name: 'Bolivarian Republic of Venezuela', iso3: 'VEN' },
  { name: 'Bonaire, Saint Eustatius, and Saba', iso3: 'BES' },
  { name: 'British Virgin Islands', iso3: 'VGB' },
  { name: 'Brunei', iso3: 'BRN' },
  { name: 'Burma', iso3: 'MMR', why: 'former English name of Myanmar' },
  { name: 'Cap Verde', iso3: 'CPV' },
  {
    name: 'Congo',
    iso3: 'COG',
    why: 'the UN short name of the Republic of the Congo; the UN Register lists the DRC separately (democratic-republic-of-the-congo). Needed because the name package also gives "Congo" as an English variant for the DRC',
  },
  { name: 'Congo (Democratic Republic Of)', iso3: 'COD' },
  { name: 'Congo (Republic Of)', iso3: 'COG' },
  { name: "Democratic People's Republic of Korea", iso3: 'PRK' },
  { name: 'Democratic Republic of Congo', iso3: 'COD' },
  { name: 'East Timor', iso3: 'TLS' },
  { name: 'Falkland Islands', iso3: 'FLK' },
  { name: 'Federated States of Micronesia', iso3: 'FSM' },
  { name: 'Former Yugoslav Republic of Macedonia', iso3: 'MKD', why: 'name used until February 2019 (now North Macedonia)' },
  { name: 'The former Yugoslav Republic of Macedonia', iso3: 'MKD', why: 'name used until February 2019 (now North Macedonia)' },
  { name: 'Hashemite Kingdom of Jordan', iso3: 'JOR' },
  { name: 'Holy See', iso3: 'VAT' },
  { name: 'Hong Kong Special Administrative Region', iso3: 'HKG' },
  { name: 'Korea (Dem Rep Of)', iso3: 'PRK' },
  { name: 'Korea, North', iso3: 'PRK' },
  { name: 'Korea, South', iso3: 'KOR' },
  {
    name: 'Macedonia',
    iso3: 'MKD',
    why: 'UK licence data (2008–2015) name the State, now North Macedonia; the Greek region is not a destination',
  },
  { name: 'Republic of Moldova', iso3: 'MDA' },
  { name: 'Republic of Congo', iso3: 'COG' },
  { name: 'Republic of Guinea', iso3: 'GIN' },
  { name: 'Republic of South Sudan', iso3: 'SSD' },
  { name: 'Saint Vincent and Grenadines', iso3: 'VCT' },
  { name: 'St Vincent (including the Grenadines)', iso3: 'VCT' },
  { name: 'Surinam', iso3: 'SUR', why: 'older spelling of Suriname' },
  { name: 'Swaziland', iso3: 'SWZ', why: 'name used until April 2018 (now Eswatini)' },
  { name: 'Syria', iso3: 'SYR' },
  { name: 'Viet Nam', iso3: 'VNM' },

  // UN Register short names, abbreviated as on the UNROCA report pages (UN terminology: "Rep." = Republic)
  { name: 'Czech Rep.', iso3: 'CZE' },
  { name: 'Dem. Rep. of the Congo', iso3: 'COD', why: 'Democratic Republic of the Congo; the Register names the Republic of the Congo "Congo"' },
  { name: "Lao People's Dem. Rep.", iso3: 'LAO' },
  { name: 'Rep. of Korea', iso3: 'KOR', why: 'Republic of Korea (South Korea); North Korea is the Democratic People’s Republic of Korea' },
  { name: 'United Rep. of Tanzania', iso3: 'TZA' },
  { name: 'Venezuela (Bolivarian Republic of)', iso3: 'VEN' },

  // Parts of a State or territory (UK data)
  { name: 'Mayotte (Grand Terre and Pamanzi)', iso3: 'MYT', why: 'the two main islands of Mayotte' },
  { name: 'Sarawak', iso3: 'MYS', why: 'a state of Malaysia on Borneo' },
  { name: 'Svelbard Archipelago', iso3: 'SJM', why: 'misspelt Svalbard, which has its own ISO code (with Jan Mayen)' },
  {
    name: 'British Antarctic Territory',
    iso3: 'ATA',
    why: 'ISO 3166 deleted its code (BQ) in 1979 and merged it into Antarctica (AQ/ATA)',
  },
  {
    name: 'Continental Shelf: United Kingdom sector',
    iso3: 'GBR',
    why: 'installations on the continental shelf under the coastal State’s jurisdiction (UNCLOS Arts. 77, 80); UK data list the sector',
  },
  { name: 'Continental Shelf Danish Sector', iso3: 'DNK', why: 'continental shelf under the coastal State’s jurisdiction (UNCLOS Arts. 77, 80)' },
  { name: 'Continental Shelf Netherlands Sector', iso3: 'NLD', why: 'continental shelf under the coastal State’s jurisdiction (UNCLOS Arts. 77, 80)' },
  { name: 'Continental Shelf Norwegian Sector', iso3: 'NOR', why: 'continental shelf under the coastal State’s jurisdiction (UNCLOS Arts. 77, 80)' },

  // EU annual-report extracts compiled by CAAT (caat-eu-arms-export-data: broker, consult, mission)
  { name: 'Dubai', iso3: 'ARE', why: 'an emirate of the United Arab Emirates (no ISO code of its own); written as a destination of missions and of brokered goods' },
  { name: 'Abu Dhabi', iso3: 'ARE', why: 'an emirate of the United Arab Emirates (no ISO code of its own)' },
  { name: 'Ras Al Khaimah (United Arab Emirates)', iso3: 'ARE', why: 'an emirate of the United Arab Emirates, named with its State' },
  {
    name: 'Federal Republic of Yugoslavia',
    iso3: 'SRB',
    why: 'written as a destination in the EU reports for 2005–2006, after the State was renamed Serbia and Montenegro (2003); Serbia is its continuator (see the rule above)',
  },
  // UN Treaty Collection participant names (untc-att-status/att.html): the UN's formal short names
  { name: 'Bahamas (The)', iso3: 'BHS', why: 'UN short name with the article in brackets' },
  { name: 'United Kingdom of Great Britain and Northern Ireland', iso3: 'GBR', why: 'the UK’s formal name, as the UN lists it' },
  // German names (Swiss SECO statistics)
  ...GERMAN_STATE_ALIASES,
];

/**
 * Written where the source says the State is not stated (COARM: exporter `na`, destination `Na`).
 * Checked before ISO codes, so "NA" is never read as Namibia's alpha-2 code.
 */
export const NOT_STATED_MARKERS: readonly string[] = ['na', 'n/a', 'not available', 'not stated', 'not specified', 'unspecified'];

/** Names that could mean more than one State and must never resolve, whatever a name list says. */
export const NEVER_RESOLVE: readonly { name: string; why: string }[] = [
  { name: 'Korea', why: 'South Korea (KOR) or North Korea (PRK)' },
  { name: 'Virgin Islands', why: 'British (VGB) or US (VIR) Virgin Islands' },
  { name: 'Saint Martin', why: 'French part (MAF) or Dutch part, Sint Maarten (SXM)' },
  { name: 'Continental Shelf', why: 'no sector named: the coastal State is not known' },
];
