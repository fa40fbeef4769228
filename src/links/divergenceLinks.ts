/**
 * From a row of the divergences page to the source lines behind it. A mirror pair, a UN Register
 * pair or a cell of the UK's two instruments is a sum of facts: its link opens the trade register
 * filtered to that pair, year and category, where both sides' facts are listed, each with its
 * "file, line" link to the pinned file at its commit. A printed total is one line: its link opens
 * that line directly (src/links/provenance.ts).
 */
import type { Lang } from '../i18n/index.ts';
import { defaultRegisterState } from '../queries/registerState.ts';
import type { AttCategory } from '../schema/index.ts';
import { registerHref } from './flows.ts';
import type { Pins } from './provenance.ts';

/** Exporter → importer in a year and ATT category (exporter's and importer's reports alike). */
export function mirrorRowHref(lang: Lang, r: { exporter: string; importer: string; year: number; att_category: string }): string {
  return registerHref(lang, { ...defaultRegisterState(), supplier: r.exporter, recipient: r.importer, yearFrom: r.year, yearTo: r.year, attCategory: r.att_category as AttCategory });
}

/** A pair of UN Register reports: the same Register category, year, exporter and importer. */
export function registerPairHref(lang: Lang, r: { exporter: string; importer: string; year: number; category: string }): string {
  return registerHref(lang, { ...defaultRegisterState(), supplier: r.exporter, recipient: r.importer, yearFrom: r.year, yearTo: r.year, category: { scheme: 'UNROCA', code: r.category } });
}

/** A cell of one State's two instruments (its exports by year, destination and EU ML category). */
export function channelCellHref(lang: Lang, iso3: string, r: { year: number; partner: string | null; category: string }): string {
  return registerHref(lang, { ...defaultRegisterState(), supplier: iso3, recipient: r.partner, yearFrom: r.year, yearTo: r.year, category: { scheme: 'ML', code: r.category } });
}

/** The source that pins `file` (a file name is pinned by one source), or null when none or several do. */
export function sourceOfFile(pins: Pins, file: string): string | null {
  const ids = Object.keys(pins).filter((id) => file in pins[id]!);
  return ids.length === 1 ? ids[0]! : null;
}
