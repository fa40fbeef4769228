/**
 * A country profile's flows: one stream of facts about a State (one side, one reporting direction,
 * one source, one currency) with its yearly figures, top partners and categories, and the figure it
 * is ranked and charted by. Built at build time by src/site-data/countryProfiles.ts; pure.
 */

export type Role = 'exporter' | 'importer';

/** One stream of facts about a State: one side, one reporting direction, one source, one currency. */
export interface Flow {
  role: Role;
  /** direction as reported: with role, tells who reported (export+exporter = the State itself). */
  direction: 'export' | 'import';
  sourceId: string;
  /** null when the facts carry no values (then items or fact counts are shown). */
  currency: string | null;
  /** Basis used for the top partners and categories: the one with most facts, authorized first. */
  basis: string;
  bases: string[];
  yearMin: number;
  yearMax: number;
  facts: number;
  yearly: Figures[];
  partners: Figures[];
  categories: Figures[];
}

export interface Figures {
  basis: string;
  year?: number;
  /** Counterpart State (ISO3, null when not stated) for partners; scheme:code for categories. */
  key?: string | null;
  value: number | null;
  licences: number | null;
  items: number | null;
  facts: number;
}

export type FlowMeasure = 'value' | 'items' | 'licences' | 'facts';

/** The figure a flow is ranked and charted by: value when it has a currency, else items, licences, or facts. */
export function flowMeasure(f: Flow): FlowMeasure {
  if (f.currency) return 'value';
  if (f.yearly.some((y) => y.items !== null)) return 'items';
  return f.yearly.some((y) => y.licences !== null) ? 'licences' : 'facts';
}

export function measureOf(x: Figures, m: FlowMeasure): number | null {
  return m === 'value' ? x.value : m === 'items' ? x.items : m === 'licences' ? x.licences : x.facts;
}
