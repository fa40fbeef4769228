/**
 * The world map's atlas, projected once per build from world-atlas's Natural Earth 1:110m topology
 * (src/charts/worldAtlas.ts), with every State of the reference that has no shape placed as a point.
 */
import topology from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { buildAtlas, type Atlas } from '../charts/worldAtlas.ts';
import { iso3OfShape, pointOf } from '../reference/mapCodes.ts';
import { ISO_CODES } from '../reference/stateNames.ts';

let atlas: Atlas | undefined;

export function worldAtlas(): Atlas {
  atlas ??= buildAtlas({ topology: topology as unknown as Topology, iso3Of: iso3OfShape, states: ISO_CODES.map((c) => c.iso3), pointOf });
  return atlas;
}
