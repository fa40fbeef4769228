/**
 * Category codes as written → the canonical code of their scheme and its ATT crosswalk.
 *
 * - ATT: a Roman numeral I–VIII in any case, optionally followed by the sub-category letter and
 *   number ("viii a 1", "VIII.A.1", "VIIIa1" → "VIII.a.1").
 * - ML: "ML4", "ml4", "ML 4", "ML04" → "ML4".
 * - CH_KM: "KM 3", "km3", "KM03" → "KM3"; SECO's lumped column keeps its own code (KM9/11-15/17-22).
 * - UK: the code as written (trimmed); UK rows come from the UK source at pipeline time.
 * A code that does not name a row of its scheme is unknown (null): no guessing.
 */
import type { CategoryRow } from '../schema/categories.ts';
import type { AttMatch, CategoryScheme } from '../schema/codes.ts';

export interface CategoryInfo {
  attCategory: string | null;
  attMatch: AttMatch;
}

export interface CategoryLookup {
  /** Returns null when the code is not in the scheme (the row is then rejected). */
  lookup(scheme: CategoryScheme, code: string): CategoryInfo | null;
}

const ATT_CODE = /^(viii|vii|vi|iv|v|iii|ii|i)(?:\s*[.\s-]?\s*([ab])(?:\s*[.\s-]?\s*(\d{1,2}))?)?$/i;
const ML_CODE = /^ml\s*0*(\d{1,2})$/i;
const KM_CODE = /^km\s*0*(\d{1,2})$/i;

/** The one spelling facts store for a code; codes that do not parse come back trimmed. */
export function canonicalCategoryCode(scheme: CategoryScheme, code: string): string {
  const s = code.trim();
  if (scheme === 'ATT') {
    const m = ATT_CODE.exec(s);
    if (!m) return s;
    const sub = m[2] ? `.${m[2].toLowerCase()}${m[3] ? `.${Number(m[3])}` : ''}` : '';
    return `${m[1]!.toUpperCase()}${sub}`;
  }
  if (scheme === 'ML') {
    const m = ML_CODE.exec(s);
    return m ? `ML${Number(m[1])}` : s;
  }
  if (scheme === 'CH_KM') {
    const m = KM_CODE.exec(s);
    return m ? `KM${Number(m[1])}` : s;
  }
  return s;
}

export function createCategoryLookup(rows: readonly CategoryRow[]): CategoryLookup {
  const index = new Map<string, CategoryInfo>();
  for (const r of rows) {
    const key = `${r.scheme}\u0000${r.code}`;
    if (index.has(key)) throw new Error(`category ${r.scheme} ${r.code} is listed twice`);
    index.set(key, { attCategory: r.att_category, attMatch: r.att_match });
  }
  return {
    lookup(scheme: CategoryScheme, code: string): CategoryInfo | null {
      return index.get(`${scheme}\u0000${canonicalCategoryCode(scheme, code)}`) ?? null;
    },
  };
}
