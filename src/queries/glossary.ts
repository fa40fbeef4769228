/** The glossary page's rows: every category of every scheme, labelled in the page language. */
import type { Query } from '../db/query.ts';
import { ident, sql, toQuery } from './sql.ts';

export interface GlossaryEntry {
  scheme: string;
  code: string;
  label: string;
  att_category: string | null;
  att_match: 'exact' | 'approximate' | 'none';
  crosswalk_note: string | null;
}

const LABEL = { en: 'label_en', fr: 'label_fr', es: 'label_es' } as const;

/** Categories in scheme order, then each scheme's own rank, then code. */
export function glossaryQuery(lang: keyof typeof LABEL): Query {
  return toQuery(sql`SELECT scheme, code, ${ident('categories', LABEL[lang])} AS label, att_category, att_match, crosswalk_note FROM ${ident('categories')} ORDER BY scheme, sort_order, code`, ['categories']);
}
