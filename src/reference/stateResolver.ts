/**
 * Resolves a State or territory name as written in a source to its ISO alpha-3 code.
 *
 * In order:
 * 1. explicit "not available" markers (COARM writes `na` / `Na`) → { iso3: null, via: 'not-stated' };
 * 2. an ISO code written in capitals (alpha-3 or alpha-2) → via 'iso';
 * 3. the reviewed alias table (stateAliases.ts) → via 'alias';
 * 4. a name of the states table or any variant the name package gives, in EN/FR/ES → via 'name'.
 * Steps 3–4 compare names case-, accent- and punctuation-insensitively (normalizeName). A name that
 * matches two States (the package lists "Congo" for both Congos) is ambiguous and stays unresolved
 * unless the alias table settles it; there is no fuzzy matching. Unknown → null.
 */
import type { StateRow } from '../schema/states.ts';
import { NEVER_RESOLVE, NOT_STATED_MARKERS, STATE_ALIASES, type StateAlias } from './stateAliases.ts';
import { nameVariants } from './stateNames.ts';

/** Result of resolving a name: iso3 null means "the source says not stated" (e.g. COARM's 'na'). */
export interface NameResolution {
  iso3: string | null;
  via: 'iso' | 'name' | 'alias' | 'not-stated';
}

export interface StateResolver {
  /** Returns null when the name is unknown (the row is then rejected and the name reported). */
  resolve(name: string): NameResolution | null;
}

/**
 * Comparison key: accents and case dropped, apostrophes removed (so "Côte d'Ivoire" meets the slug
 * "cote-divoire"), "&" read as "and", other punctuation (hyphens of slugs included) as a space,
 * and the word "St" read as "Saint".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bst\b/g, 'saint');
}

export interface StateResolverOptions {
  /** The reviewed alias table; tests pass their own to see the resolver without it. */
  aliases?: readonly StateAlias[];
}

export function createStateResolver(rows: readonly StateRow[], options: StateResolverOptions = {}): StateResolver {
  const aliases = options.aliases ?? STATE_ALIASES;
  const byIso3 = new Map(rows.map((r) => [r.iso3, r]));
  const byIso2 = new Map(rows.map((r) => [r.iso2, r]));

  const aliasIndex = new Map<string, string>();
  for (const a of aliases) {
    const key = normalizeName(a.name);
    if (!byIso3.has(a.iso3)) throw new Error(`state alias '${a.name}' points at ${a.iso3}, which is not in the states table`);
    const before = aliasIndex.get(key);
    if (before !== undefined && before !== a.iso3) throw new Error(`state alias '${a.name}' is listed for both ${before} and ${a.iso3}`);
    aliasIndex.set(key, a.iso3);
  }

  const nameIndex = new Map<string, Set<string>>();
  const addName = (name: string, iso3: string) => {
    const key = normalizeName(name);
    if (key === '') return;
    const set = nameIndex.get(key) ?? new Set<string>();
    set.add(iso3);
    nameIndex.set(key, set);
  };
  for (const r of rows) {
    for (const n of [r.name_en, r.name_fr, r.name_es, ...nameVariants(r.iso2)]) addName(n, r.iso3);
  }

  const notStated = new Set(NOT_STATED_MARKERS.map(normalizeName));
  const never = new Set(NEVER_RESOLVE.map((n) => normalizeName(n.name)));

  return {
    resolve(name: string): NameResolution | null {
      const written = name.trim();
      const key = normalizeName(written);
      if (key === '') return null;
      // Before ISO codes: "NA" means "not available" in the sources, never Namibia's alpha-2 code.
      if (notStated.has(key)) return { iso3: null, via: 'not-stated' };
      if (/^[A-Z]{3}$/.test(written) && byIso3.has(written)) return { iso3: written, via: 'iso' };
      if (/^[A-Z]{2}$/.test(written) && byIso2.has(written)) return { iso3: byIso2.get(written)!.iso3, via: 'iso' };
      if (never.has(key)) return null;
      const alias = aliasIndex.get(key);
      if (alias !== undefined) return { iso3: alias, via: 'alias' };
      const matches = nameIndex.get(key);
      if (matches?.size === 1) return { iso3: [...matches][0]!, via: 'name' };
      return null;
    },
  };
}
