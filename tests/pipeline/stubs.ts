/**
 * Synthetic stand-ins for the reference data, so normalize and reconcile are tested on their own.
 * The names and codes are invented for tests.
 */
import type { ParsedFact, ParsedSource, ParsedTotal } from '../../src/pipeline/types.ts';
import type { CategoryLookup } from '../../src/reference/categoryLookup.ts';
import type { StateResolver } from '../../src/reference/stateResolver.ts';

export const stubStates: StateResolver = {
  resolve(name) {
    const known: Record<string, string> = { Atlantis: 'ATL', Utopia: 'UTO', Arcadia: 'ARC' };
    if (name === 'na') return { iso3: null, via: 'not-stated' };
    return known[name] ? { iso3: known[name]!, via: 'name' } : null;
  },
};

export const stubCategories: CategoryLookup = {
  lookup(scheme, code) {
    if (scheme === 'ML' && /^ML(1|4|10)$/i.test(code)) return { attCategory: code.toUpperCase() === 'ML4' ? 'VII' : null, attMatch: code.toUpperCase() === 'ML4' ? 'approximate' : 'none' };
    if (scheme === 'ATT' && /^(I|II|VIII)$/.test(code)) return { attCategory: code, attMatch: 'exact' };
    return null;
  },
};

export const canonical = (_s: string, code: string) => code.toUpperCase();

export function fact(over: Partial<ParsedFact> = {}): ParsedFact {
  return {
    file: 'f.csv',
    line: 2,
    reportKey: 'Atlantis|2010',
    reporterName: 'Atlantis',
    year: 2010,
    direction: 'export',
    partnerName: 'Utopia',
    categoryScheme: 'ML',
    categoryCode: 'ML4',
    basis: 'authorized',
    licences: 1,
    items: null,
    value: 100,
    currency: 'EUR',
    decisionDate: null,
    originName: null,
    intermediate: null,
    description: null,
    comments: null,
    raw: 'SYNTHETIC fact row',
    ...over,
  };
}

export function total(over: Partial<ParsedTotal> = {}): ParsedTotal {
  return {
    file: 'f.csv',
    line: 9,
    reporterName: 'Atlantis',
    reporterLabel: 'Atlantis',
    partnerName: 'Utopia',
    year: 2010,
    categoryCode: 'Total',
    measure: 'licence_value',
    currency: 'EUR',
    value: 100,
    direction: 'export',
    basis: 'authorized',
    raw: 'SYNTHETIC total row',
    ...over,
  };
}

export function parsed(over: Partial<ParsedSource>): ParsedSource {
  return { facts: [], totals: [], reports: [], rejects: [], rowsRead: 0, rowsLoaded: 0, ...over };
}
