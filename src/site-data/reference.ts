/**
 * The small reference tables (states, categories) loaded once per build, with lookups for names
 * and labels in the page language. Names come from the data, never from the code.
 */
import { markedLabel } from '../ui/sourceWording.ts';
import type { Lang } from '../i18n/index.ts';
import type { CategoryRow, StateRow } from '../schema/index.ts';
import { dataDir } from './dataDir.ts';
import { categoriesQuery, statesQuery } from '../queries/reference.ts';
import { hasTable, queryRows } from './db.ts';

export interface Reference {
  states: StateRow[];
  stateByIso3: Map<string, StateRow>;
  categories: CategoryRow[];
  categoryByKey: Map<string, CategoryRow>;
}

const cache = new Map<string, Promise<Reference>>();

async function load(dir: string): Promise<Reference> {
  const states = hasTable('states', dir) ? ((await queryRows(statesQuery(), dir)) as unknown as StateRow[]) : [];
  const categories = hasTable('categories', dir) ? ((await queryRows(categoriesQuery(), dir)) as unknown as CategoryRow[]) : [];
  return {
    states,
    stateByIso3: new Map(states.map((s) => [s.iso3, s])),
    categories,
    categoryByKey: new Map(categories.map((c) => [categoryKey(c.scheme, c.code), c])),
  };
}

export function reference(dir = dataDir()): Promise<Reference> {
  let r = cache.get(dir);
  if (!r) cache.set(dir, (r = load(dir)));
  return r;
}

export function categoryKey(scheme: string, code: string): string {
  return `${scheme}:${code}`;
}

export function stateName(ref: Reference, lang: Lang, iso3: string | null | undefined): string | null {
  if (!iso3) return null;
  const s = ref.stateByIso3.get(iso3);
  if (!s) return iso3;
  return lang === 'fr' ? s.name_fr : lang === 'es' ? s.name_es : s.name_en;
}

export function stateNameOf(s: StateRow, lang: Lang): string {
  return lang === 'fr' ? s.name_fr : lang === 'es' ? s.name_es : s.name_en;
}

/** "ML4 — Bombs, torpedoes…" in the page language; the code alone when the table lacks it. */
export function categoryLabel(ref: Reference, lang: Lang, scheme: string, code: string): string {
  const c = ref.categoryByKey.get(categoryKey(scheme, code));
  if (!c) return code;
  const label = lang === 'fr' ? c.label_fr : lang === 'es' ? c.label_es : c.label_en;
  return markedLabel(lang, scheme, `${code} — ${label}`);
}
