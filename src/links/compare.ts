/**
 * The compare page's address: `/{lang}/compare?states=DEU,FRA,GBR`. Reading it keeps the known
 * codes in the order given, once each and at most five; the rest are reported, never guessed.
 */
import { localePath, type Lang } from '../i18n/index.ts';

const MAX = 5;

export interface CompareParam {
  states: string[];
  /** Codes that are not States of the data (shown to the reader). */
  unknown: string[];
  /** Known codes left out past the fifth. */
  dropped: string[];
}

/** Reads `states=` from a query string (without `?`) against the set of known ISO3 codes. */
export function parseCompareQuery(query: string, known: ReadonlySet<string>): CompareParam {
  const raw = new URLSearchParams(query).get('states') ?? '';
  const out: CompareParam = { states: [], unknown: [], dropped: [] };
  for (const part of raw.split(',')) {
    const code = part.trim().toUpperCase();
    if (!code || out.states.includes(code) || out.dropped.includes(code)) continue;
    if (!known.has(code)) out.unknown.push(part.trim().slice(0, 12));
    else if (out.states.length >= MAX) out.dropped.push(code);
    else out.states.push(code);
  }
  return out;
}

/** The query string of a comparison (without `?`); empty when no State is picked. Commas stay readable. */
export function compareQuery(states: readonly string[]): string {
  return states.length ? `states=${states.map(encodeURIComponent).join(',')}` : '';
}

export function compareHref(lang: Lang, states: readonly string[]): string {
  const q = compareQuery(states);
  return `${localePath(lang, '/compare')}${q ? `?${q}` : ''}`;
}
