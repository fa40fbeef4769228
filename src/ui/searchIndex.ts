/**
 * The records of a language's search index, built with the site: every State (its name in the
 * page language, and as aliases its names in the other two, the variants ISO lists such as "UK" or
 * "Great Britain", the spellings the sources use, its codes), every category of the glossary and
 * every customs heading, every source and table of the data page, and the site's pages. Pure: the
 * endpoint `/{lang}/search-index.json` passes in what the build read.
 */
import { SOURCE_TEXT } from '../i18n/sourceTitles.ts';
import { t, type Lang } from '../i18n/index.ts';
import { analyses } from '../i18n/strings/analyses.ts';
import { changes } from '../i18n/strings/changes.ts';
import { compare } from '../i18n/strings/compare.ts';
import { countries } from '../i18n/strings/countries.ts';
import { data } from '../i18n/strings/data.ts';
import { explore } from '../i18n/strings/explore.ts';
import { flows } from '../i18n/strings/flows.ts';
import { glossary } from '../i18n/strings/glossary.ts';
import { home } from '../i18n/strings/home.ts';
import { initial } from '../i18n/strings/initial.ts';
import { sql } from '../i18n/strings/sql.ts';
import { trends } from '../i18n/strings/trends.ts';
import { yourData } from '../i18n/strings/yourData.ts';
import { HS_CHAPTER_93 } from '../reference/hsChapter93.ts';
import { STATE_ALIASES } from '../reference/stateAliases.ts';
import { nameVariants } from '../reference/stateNames.ts';
import type { Translated } from '../schema/columns.ts';
import { regionLabel } from './labels.ts';
import type { SearchRecord } from './search.ts';

export interface SearchStateInput {
  iso2: string;
  iso3: string;
  name_en: string;
  name_fr: string;
  name_es: string;
  region: string | null;
}

export interface SearchCategoryInput {
  scheme: string;
  code: string;
  label_en: string;
  label_fr: string;
  label_es: string;
}

export interface SearchInput {
  states: readonly SearchStateInput[];
  categories: readonly SearchCategoryInput[];
  sources: readonly { id: string; title: string; publisher: string }[];
  tables: readonly { name: string; description: Translated }[];
}

const nameIn = (lang: Lang, x: { name_en: string; name_fr: string; name_es: string }) => (lang === 'fr' ? x.name_fr : lang === 'es' ? x.name_es : x.name_en);
const labelIn = (lang: Lang, x: { label_en: string; label_fr: string; label_es: string }) => (lang === 'fr' ? x.label_fr : lang === 'es' ? x.label_es : x.label_en);

/** Names that find a State besides its name in the page language, once each. */
export function stateAliases(lang: Lang, s: SearchStateInput): string[] {
  const own = nameIn(lang, s);
  const spellings = STATE_ALIASES.filter((a) => a.iso3 === s.iso3 && !a.name.includes('(')).map((a) => a.name);
  const all = [s.name_en, s.name_fr, s.name_es, ...nameVariants(s.iso2), ...spellings, s.iso3, s.iso2];
  return [...new Set(all)].filter((a) => a !== own);
}

/** The glossary's anchor of a category (as glossary.astro writes it): `ML10`, `ATT-IV`, `UK-PL5001`. */
export function glossaryAnchor(scheme: string, code: string): string {
  return scheme === 'ML' ? code : `${scheme}-${code}`;
}

function pageRecords(lang: Lang): SearchRecord[] {
  const page = (path: string, title: string, detail: string, aliases: string[] = []): SearchRecord => ({ kind: 'page', title, path, detail, aliases });
  return [
    page('/', t(lang, home, 'title'), t(lang, home, 'lead')),
    page('/explore', t(lang, explore, 'title'), t(lang, explore, 'description')),
    page('/sql', t(lang, sql, 'title'), t(lang, sql, 'description'), ['SQL', 'DuckDB']),
    page('/trends', t(lang, trends, 'title'), t(lang, trends, 'description')),
    page('/flows', t(lang, flows, 'title'), t(lang, flows, 'description'), ['Sankey']),
    page('/register', t(lang, flows, 'registerTitle'), t(lang, flows, 'registerDescription'), ['SIPRI']),
    page('/countries', t(lang, countries, 'title'), t(lang, countries, 'description')),
    page('/compare', t(lang, compare, 'title'), t(lang, compare, 'description')),
    page('/analyses', t(lang, analyses, 'title'), t(lang, analyses, 'description')),
    page('/analyses/compliance', t(lang, analyses, 'complianceTitle'), t(lang, analyses, 'complianceLead')),
    page('/analyses/barometer', t(lang, analyses, 'barometerTitle'), t(lang, analyses, 'barometerLead')),
    page('/analyses/divergences', t(lang, analyses, 'divergencesTitle'), t(lang, analyses, 'divergencesLead')),
    page('/initial-reports', t(lang, initial, 'title'), t(lang, initial, 'description')),
    page('/data', t(lang, data, 'title'), t(lang, data, 'description')),
    page('/glossary', t(lang, glossary, 'title'), t(lang, glossary, 'description')),
    page('/changes', t(lang, changes, 'title'), t(lang, changes, 'description')),
    page('/your-data', t(lang, yourData, 'title'), t(lang, yourData, 'description'), ['SIPRI', 'CSV', 'XLSX']),
  ];
}

/** Every record of the language's index: States, categories and customs headings, sources, tables, pages. */
export function searchRecords(lang: Lang, input: SearchInput): SearchRecord[] {
  const states: SearchRecord[] = input.states.map((s) => ({
    kind: 'state',
    title: nameIn(lang, s),
    path: `/countries/${s.iso3}`,
    detail: [s.iso3, s.region ? regionLabel(lang, s.region) : ''].filter(Boolean).join(' · '),
    aliases: stateAliases(lang, s),
  }));
  const categories: SearchRecord[] = input.categories.map((c) => ({
    kind: 'category',
    title: `${c.code} — ${labelIn(lang, c)}`,
    path: `/glossary#${glossaryAnchor(c.scheme, c.code)}`,
    detail: `${t(lang, glossary, 'title')} · ${c.scheme}`,
    aliases: [c.code, `${c.scheme} ${c.code}`],
  }));
  const headings: SearchRecord[] = HS_CHAPTER_93.map((h) => ({
    kind: 'category',
    title: `HS ${h.heading} — ${h.description[lang]}`,
    path: `/glossary#HS-${h.heading}`,
    detail: t(lang, glossary, 'hsHeading'),
    aliases: [h.heading],
  }));
  const sources: SearchRecord[] = input.sources.map((s) => ({
    kind: 'source',
    title: SOURCE_TEXT[s.id]?.title[lang] ?? s.title,
    path: `/data#source-${s.id}`,
    detail: s.publisher,
    aliases: [s.id, s.title],
  }));
  const tables: SearchRecord[] = input.tables.map((tb) => ({
    kind: 'table',
    title: tb.name,
    path: `/data#dict-${tb.name}`,
    detail: tb.description[lang],
    aliases: [],
  }));
  return [...states, ...categories, ...headings, ...sources, ...tables, ...pageRecords(lang)];
}
