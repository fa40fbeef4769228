/**
 * The world map's drawing, projected once: one SVG path per State that has a shape in world-atlas
 * (Natural Earth 1:110m), and a point for every other State of the reference. Pure (no DOM, no
 * file reads): the build passes the topology in, and publishes the result as the site's own asset
 * (/map/world.json) that build-time maps and the Explore island both draw from, so the browser needs
 * neither the topology nor a projection library.
 */
import { geoEqualEarth, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface AtlasShape {
  iso3: string;
  /** SVG path data in the atlas's coordinates (whole pixels), in the compact form of `compactPath`. */
  d: string;
}

export interface AtlasPoint {
  iso3: string;
  x: number;
  y: number;
}

export interface Atlas {
  width: number;
  height: number;
  /** Land that is not a State of the reference (e.g. N. Cyprus), drawn as "no data". */
  other: string[];
  shapes: AtlasShape[];
  points: AtlasPoint[];
}

export const ATLAS_WIDTH = 960;
/** ISO numeric code of Antarctica: left out (no State reports transfers to it; it would take a fifth of the height). */
const ANTARCTICA = '010';

export interface AtlasInput {
  topology: Topology;
  /** The portal's alpha-3 of a shape (src/reference/mapCodes.ts), or null when it is not a State. */
  iso3Of: (id: string | number | undefined, name: string | undefined) => string | null;
  /** Every State of the reference: those without a shape become points. */
  states: readonly string[];
  pointOf: (iso3: string) => [number, number] | null;
}

export function buildAtlas({ topology, iso3Of, states, pointOf }: AtlasInput): Atlas {
  const object = topology.objects.countries as GeometryCollection<{ name?: string }>;
  const land = feature(topology, { ...object, geometries: object.geometries.filter((g) => g.id !== ANTARCTICA) });
  const projection = geoEqualEarth().fitWidth(ATLAS_WIDTH, land);
  const path = geoPath(projection);
  const bounds = path.bounds(land);
  const height = Math.ceil(bounds[1][1]);
  const shapes: AtlasShape[] = [];
  const other: string[] = [];
  for (const f of land.features) {
    const d = compactPath(f, projection);
    if (!d) continue;
    const iso3 = iso3Of(f.id, f.properties?.name);
    if (iso3) shapes.push({ iso3, d });
    else other.push(d);
  }
  const shaped = new Set(shapes.map((s) => s.iso3));
  const points: AtlasPoint[] = [];
  for (const iso3 of states) {
    if (shaped.has(iso3)) continue;
    const ll = pointOf(iso3);
    const xy = ll ? projection(ll) : null;
    // Clamped into the box: a point on the antimeridian (e.g. Tuvalu) would otherwise sit half outside.
    const clamp = (v: number, max: number) => Math.min(max - 4, Math.max(4, Math.round(v)));
    if (xy && xy[1] <= height) points.push({ iso3, x: clamp(xy[0], ATLAS_WIDTH), y: clamp(xy[1], height) });
  }
  shapes.sort((a, b) => a.iso3.localeCompare(b.iso3));
  return { width: ATLAS_WIDTH, height, other, shapes, points };
}

/**
 * A shape's SVG path data at whole pixels, written small: each ring starts with an absolute `M`, then
 * one relative `l` whose steps repeat implicitly (`l3-1 0,2`), a step that rounds to no move is left
 * out, and a ring that rounds to a single pixel is dropped. The same drawing as d3's `digits(0)`
 * output (`M563,112L563,112L564,111…`) in about half the bytes, which every map page and file pays.
 */
export function compactPath(object: GeoPermissibleObjects, projection: GeoProjection): string {
  const rings: string[] = [];
  let ring = '';
  let steps = 0;
  let x = 0;
  let y = 0;
  const num = (n: number) => (n < 0 ? `${n}` : ` ${n}`);
  const end = () => {
    if (steps > 0) rings.push(`${ring}z`);
    ring = '';
    steps = 0;
  };
  const context = {
    moveTo(px: number, py: number) {
      end();
      x = Math.round(px);
      y = Math.round(py);
      ring = `M${x},${y}l`;
    },
    lineTo(px: number, py: number) {
      const nx = Math.round(px);
      const ny = Math.round(py);
      if (nx === x && ny === y) return;
      const dx = nx - x;
      ring += steps === 0 ? `${dx}${num(ny - y)}` : `${num(dx)}${num(ny - y)}`;
      steps++;
      x = nx;
      y = ny;
    },
    closePath() {
      end();
    },
    beginPath() {},
    arc() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(object);
  end();
  return rings.join('');
}
