import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { buildAtlas, compactPath } from '../../src/charts/worldAtlas.ts';
import { iso3OfShape, pointOf } from '../../src/reference/mapCodes.ts';
import { ISO_CODES } from '../../src/reference/stateNames.ts';

const states = ISO_CODES.map((c) => c.iso3);
const atlas = buildAtlas({ topology: topology as unknown as Topology, iso3Of: iso3OfShape, states, pointOf });

describe('world atlas (world-atlas 1:110m → shapes and points per State)', () => {
  it('maps ISO numeric shape ids to the reference codes, Kosovo by name', () => {
    expect(iso3OfShape('826', 'United Kingdom')).toBe('GBR');
    expect(iso3OfShape('250', 'France')).toBe('FRA');
    expect(iso3OfShape(undefined, 'Kosovo')).toBe('XKX');
    expect(iso3OfShape(undefined, 'Somaliland')).toBeNull();
  });

  it('gives every State of the reference but Antarctica either one shape or a point', () => {
    const shaped = atlas.shapes.map((s) => s.iso3);
    expect(new Set(shaped).size).toBe(shaped.length);
    const placed = new Set([...shaped, ...atlas.points.map((p) => p.iso3)]);
    expect(states.filter((s) => !placed.has(s))).toEqual(['ATA']);
    for (const iso3 of ['GBR', 'FRA', 'USA', 'NGA', 'XKX']) expect(shaped).toContain(iso3);
    // Small States with no 1:110m shape are points.
    for (const iso3 of ['SGP', 'MLT', 'BHR', 'AND']) expect(atlas.points.map((p) => p.iso3)).toContain(iso3);
  });

  it('projects into the atlas box with whole-pixel coordinates', () => {
    expect(atlas.width).toBe(960);
    expect(atlas.height).toBeGreaterThan(300);
    expect(atlas.height).toBeLessThan(600);
    for (const p of atlas.points) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(960);
      expect(Number.isInteger(p.y)).toBe(true);
    }
    expect(atlas.shapes.every((s) => !/\d\.\d/.test(s.d))).toBe(true);
  });
});

/** The rings of SVG path data as absolute points, for `M…L…Z` and `M…l…z` (implicitly repeated) alike. */
function ringsOf(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const m of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    const nums = (m[2]!.match(/-?\d+/g) ?? []).map(Number);
    if (m[1] === 'M') rings.push([[nums[0]!, nums[1]!]]);
    for (let i = m[1] === 'M' ? 2 : 0; i + 1 < nums.length; i += 2) {
      const ring = rings.at(-1)!;
      const [x, y] = ring.at(-1)!;
      ring.push(m[1] === 'l' ? [x + nums[i]!, y + nums[i + 1]!] : [nums[i]!, nums[i + 1]!]);
    }
  }
  return rings;
}

describe('compact path data', () => {
  const object = topology.objects.countries as unknown as GeometryCollection;
  const land = feature(topology as unknown as Topology, object);
  const projection = geoEqualEarth().fitWidth(960, land);
  const reference = geoPath(projection).digits(0);

  it('draws the same points as d3 at whole pixels, without repeated points or empty rings', () => {
    for (const f of land.features) {
      const expected = ringsOf(reference(f) ?? '')
        .map((ring) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]))
        .filter((ring) => ring.length > 1);
      expect(ringsOf(compactPath(f, projection))).toEqual(expected);
    }
  });

  it('is at most 60% of the bytes of d3 at whole pixels', () => {
    const compact = land.features.reduce((n, f) => n + compactPath(f, projection).length, 0);
    const plain = land.features.reduce((n, f) => n + (reference(f) ?? '').length, 0);
    expect(compact / plain).toBeLessThan(0.6);
  });

  it('writes relative steps that repeat implicitly, a minus sign standing for the separator', () => {
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [0, 10],
          [10, 10],
          [10, 0],
          [0, 0],
        ],
      ],
    };
    const d = compactPath(square, geoEqualEarth().fitWidth(100, square));
    expect(d).toMatch(/^M\d+,\d+l-?\d+[ -]\d+([ -]\d+)*z$/);
    expect(d).not.toMatch(/[ ,]-/);
  });
});
