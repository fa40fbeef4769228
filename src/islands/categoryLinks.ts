/** In an Explore result, each category cell (own scheme or ATT crosswalk) links to its glossary entry. */
import type { Lang } from '../i18n/index.ts';
import { glossaryHref } from '../links/glossary.ts';
import type { Row } from '../db/results.ts';

export function categoryCellLinks(lang: Lang, columns: readonly string[], rows: readonly Row[]): ((row: number, column: number) => { href: string } | null) | undefined {
  const code = columns.indexOf('category_code');
  const att = columns.indexOf('att_category');
  if (code < 0 && att < 0) return undefined;
  return (row, column) => {
    const r = rows[row];
    if (!r) return null;
    if (column === code && typeof r.category_code === 'string' && typeof r.category_scheme === 'string') return { href: glossaryHref(lang, r.category_scheme, r.category_code) };
    if (column === att && typeof r.att_category === 'string') return { href: glossaryHref(lang, 'ATT', r.att_category) };
    return null;
  };
}
