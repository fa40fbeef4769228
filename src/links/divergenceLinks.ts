/**
 * From a row of the divergences page to the source lines behind it. A mirror pair, a UN Register
 * pair or a cell of one State's two instruments is a sum of facts: its link opens those facts in
 * the SQL console (src/queries/divergenceFacts.ts) — exactly the facts the row sums, both sides,
 * each line linked to the pinned file at its commit. A printed total is one line: its link opens
 * that line directly (src/links/provenance.ts).
 */
import type { Lang } from '../i18n/index.ts';
import { channelFactsQuery, mirrorFactsQuery, registerPairFactsQuery } from '../queries/divergenceFacts.ts';
import type { Pins } from './provenance.ts';
import { sqlConsoleHref } from './sqlConsole.ts';

export function mirrorRowHref(lang: Lang, r: Parameters<typeof mirrorFactsQuery>[0]): string {
  return sqlConsoleHref(lang, mirrorFactsQuery(r));
}

export function registerPairHref(lang: Lang, r: Parameters<typeof registerPairFactsQuery>[0]): string {
  return sqlConsoleHref(lang, registerPairFactsQuery(r));
}

export function channelCellHref(lang: Lang, instruments: readonly [string, string], iso3: string, r: Parameters<typeof channelFactsQuery>[2]): string {
  return sqlConsoleHref(lang, channelFactsQuery(instruments, iso3, r));
}

/** The source that pins `file` (a file name is pinned by one source), or null when none or several do. */
export function sourceOfFile(pins: Pins, file: string): string | null {
  const ids = Object.keys(pins).filter((id) => file in pins[id]!);
  return ids.length === 1 ? ids[0]! : null;
}
