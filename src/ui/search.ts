/**
 * Site search, the part that runs in the browser: the index's record shape, how text is folded
 * (case, accents and punctuation ignored, so "Türkiye", "turkiye" and "TÜRKIYE" meet) and how a
 * query is matched and ranked. Pure and dependency-free: the search page's script imports only this.
 */

export type SearchKind = 'state' | 'category' | 'source' | 'table' | 'page';

/** One entry of a language's index (`/{lang}/search-index.json`). */
export interface SearchRecord {
  kind: SearchKind;
  /** Shown as the result's link text, in the index's language. */
  title: string;
  /** Language-free site path with an optional fragment, e.g. `/countries/DEU` or `/glossary#ML10`. */
  path: string;
  /** A line under the title (codes, region, what the page is). */
  detail: string;
  /** Other names that find the record: the name in the other languages, common names, codes. */
  aliases: string[];
}

export interface SearchIndex {
  lang: string;
  records: SearchRecord[];
}

/** Lower case, no accents, letters and digits only, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Prepared {
  record: SearchRecord;
  title: string;
  aliases: string[];
  detail: string;
  words: string[];
}

/** Folds every field once, so that each keystroke only compares strings. */
export function prepare(index: SearchIndex): Prepared[] {
  return index.records.map((record) => {
    const title = fold(record.title);
    const aliases = record.aliases.map(fold).filter(Boolean);
    const detail = fold(record.detail);
    return { record, title, aliases, detail, words: [title, ...aliases, detail].join(' ').split(' ') };
  });
}

// States, then categories, sources and tables, then pages: the order a tie is broken in.
const KIND_ORDER: SearchKind[] = ['state', 'category', 'source', 'table', 'page'];

/**
 * Score of one record for a folded query (0: no match). Every word of the query must begin a word of
 * the record; a whole title or alias equal to the query ranks first, then one that begins with it.
 */
function score(p: Prepared, q: string, terms: string[]): number {
  if (!terms.every((t) => p.words.some((w) => w.startsWith(t)))) return 0;
  if (p.title === q) return 100;
  if (p.aliases.includes(q)) return 90;
  if (p.title.startsWith(q)) return 70;
  if (p.aliases.some((a) => a.startsWith(q))) return 60;
  const inTitle = terms.filter((t) => p.title.split(' ').some((w) => w.startsWith(t))).length;
  return 10 + (20 * inTitle) / terms.length;
}

/** The records matching a query, best first, at most `limit`. An empty query matches nothing. */
export function search(prepared: readonly Prepared[], query: string, limit = 30): SearchRecord[] {
  const q = fold(query);
  if (!q) return [];
  const terms = q.split(' ');
  return prepared
    .map((p) => ({ p, s: score(p, q, terms) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || KIND_ORDER.indexOf(a.p.record.kind) - KIND_ORDER.indexOf(b.p.record.kind) || a.p.record.title.localeCompare(b.p.record.title))
    .slice(0, limit)
    .map((x) => x.p.record);
}
