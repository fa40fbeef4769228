/**
 * The world map of a country profile: the counterparts of the profile's first flow (every one, not
 * only the top ones), by the figure the flow is ranked by. Shared by the profile page (legend, alt
 * text) and the map's SVG file, so both colour the same States the same way.
 */
import type { MapDatum } from '../charts/mapModel.ts';
import { flowMeasure, measureOf, type Figures, type Flow } from './flow.ts';

export function countryMapData(flow: Flow, partners: readonly Figures[]): MapDatum[] {
  const measure = flowMeasure(flow);
  return partners.filter((p): p is Figures & { key: string } => typeof p.key === 'string' && p.key !== '').map((p) => ({ iso3: p.key, value: measureOf(p, measure) }));
}

/** The Explore grouping that lists the same counterparts: partners of a self-reported flow, else reporters. */
export function countryMapGroup(flow: Flow): 'partner' | 'reporter' {
  return (flow.role === 'exporter') === (flow.direction === 'export') ? 'partner' : 'reporter';
}
