import { describe, expect, it } from 'vitest';
import topology from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { Topology } from 'topojson-specification';
import { buildAtlas } from '../../src/charts/worldAtlas.ts';
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
