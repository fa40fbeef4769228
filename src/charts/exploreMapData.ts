/**
 * From an Explore result to the figures of its maps: one map per panel (a currency, and a basis or
 * direction where the result keeps them apart), so a map never mixes currencies or adds licences
 * granted to deliveries. A result can be mapped when it is grouped by reporter or by partner and by
 * nothing else that would give a State several figures. Pure: no DOM.
 */
import type { MapDatum } from './mapModel.ts';

export type Row = Record<string, string | number | boolean | null>;

/** Groups that only split panels (they never give a State two figures on one map). */
const PANEL_DIMENSIONS: readonly string[] = ['basis', 'direction'];

export type MapDimension = 'reporter' | 'partner';

export interface MapPanelData {
  /** Rows' panel key ('' for a single map). */
  key: string;
  currency: string | null;
  data: MapDatum[];
  /** Sum of the figures with no State (partner not stated): in the table, not on the map. */
  notStated: number | null;
}

/** The State dimension a result can be mapped by, or null when it cannot be mapped. */
export function mapDimension(s: { group: readonly string[] }): MapDimension | null {
  const states = s.group.filter((g): g is MapDimension => g === 'reporter' || g === 'partner');
  if (states.length !== 1) return null;
  return s.group.every((g) => g === states[0] || PANEL_DIMENSIONS.includes(g)) ? states[0]! : null;
}

/** Whether a group could be mapped at all (it has a State dimension), to offer the map view. */
export function canOfferMap(s: { group: readonly string[] }): boolean {
  return s.group.includes('reporter') || s.group.includes('partner');
}

export function mapPanels(rows: readonly Row[], o: { dimension: MapDimension; measure: string; panel: ((r: Row) => string) | null; currency?: (r: Row) => string }): MapPanelData[] {
  const column = `${o.dimension}_iso3`;
  const panels = new Map<string, MapPanelData>();
  for (const r of rows) {
    const key = o.panel ? o.panel(r) : '';
    let p = panels.get(key);
    if (!p) {
      p = { key, currency: o.currency ? o.currency(r) : null, data: [], notStated: null };
      panels.set(key, p);
    }
    const v = r[o.measure];
    const value = typeof v === 'number' && Number.isFinite(v) ? v : null;
    const iso3 = r[column];
    if (typeof iso3 === 'string' && iso3) p.data.push({ iso3, value });
    else if (value !== null) p.notStated = (p.notStated ?? 0) + value;
  }
  return [...panels.values()];
}
