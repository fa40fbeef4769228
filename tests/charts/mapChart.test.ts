import { describe, expect, it } from 'vitest';
import { mapChart, unplaced } from '../../src/charts/mapChart.ts';
import { mapModel, NO_DATA_COLOR } from '../../src/charts/mapModel.ts';
import { svgDocument } from '../../src/charts/svgDocument.ts';
import type { Atlas } from '../../src/charts/worldAtlas.ts';

// SYNTHETIC atlas: three square "States" and one point.
const atlas: Atlas = {
  width: 100,
  height: 50,
  other: ['M90,0L95,0L95,5Z'],
  shapes: [
    { iso3: 'AAA', d: 'M0,0L10,0L10,10Z' },
    { iso3: 'BBB', d: 'M20,0L30,0L30,10Z' },
    { iso3: 'CCC', d: 'M40,0L50,0L50,10Z' },
  ],
  points: [{ iso3: 'DDD', x: 70, y: 20 }],
};
const opts = { unit: 'licences', format: String, zeroLabel: 'Zero', noDataLabel: 'No data' };

describe('map drawing', () => {
  const model = mapModel(
    [
      { iso3: 'AAA', value: 3 },
      { iso3: 'DDD', value: 0 },
      { iso3: 'EEE', value: 9 },
    ],
    opts,
  );
  const svg = mapChart(atlas, model, { document: svgDocument(), ariaLabel: 'Test map', describe: (iso3, v) => `<${iso3}>: ${v}`, href: (iso3) => `/en/countries/${iso3}` });

  it('draws each State with a figure as a link named with its figure, text never as markup', () => {
    const links = [...svg.querySelectorAll('a.map-state')];
    expect(links.map((a) => a.getAttribute('data-iso3'))).toEqual(['AAA', 'DDD']);
    expect(links[0]!.getAttribute('aria-label')).toBe('<AAA>: 3');
    expect(links[0]!.querySelector('title')!.textContent).toBe('<AAA>: 3');
    expect(links[0]!.getAttribute('href')).toBe('/en/countries/AAA');
    expect(svg.outerHTML).not.toContain('<AAA>');
    expect(links[1]!.querySelector('circle')).not.toBeNull();
  });

  it('draws the land without a figure once, as no data, with no inline style', () => {
    const base = svg.querySelector('path.map-nodata')!;
    expect(base.getAttribute('fill')).toBe(NO_DATA_COLOR);
    expect(base.getAttribute('d')).toBe('M90,0L95,0L95,5ZM20,0L30,0L30,10ZM40,0L50,0L50,10Z');
    expect(svg.outerHTML).not.toContain('style=');
  });

  it('lists States the atlas cannot place', () => {
    expect(unplaced(atlas, model)).toEqual(['EEE']);
  });
});

describe('map drawing as an overlay (country profiles)', () => {
  it('draws only the States with a figure, as plain shapes, and the stylesheet keys match the palette', async () => {
    const model = mapModel([{ iso3: 'BBB', value: 2 }], opts);
    const svg = mapChart(atlas, model, { document: svgDocument(), ariaLabel: '', describe: String, href: () => null, overlay: true });
    expect(svg.querySelector('.map-nodata')).toBeNull();
    expect(svg.querySelectorAll('title, a, [data-iso3]')).toHaveLength(0);
    expect([...svg.querySelectorAll('path')].map((p) => p.getAttribute('d'))).toEqual(['M20,0L30,0L30,10Z']);
    const { readFileSync } = await import('node:fs');
    const css = readFileSync('src/islands/map.css', 'utf8');
    const { CLASS_COLORS, ZERO_COLOR } = await import('../../src/charts/mapModel.ts');
    CLASS_COLORS.forEach((c, i) => expect(css).toContain(`.map-key .k-${i}::before {\n  background: ${c};`));
    expect(css).toContain(`.map-key .k-z::before {\n  background: ${ZERO_COLOR};`);
    expect(css).toContain(`.map-key .k-n::before {\n  background: ${NO_DATA_COLOR};`);
  });
});
