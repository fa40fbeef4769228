import { describe, expect, it } from 'vitest';
import { canOfferMap, mapDimension, mapPanels } from '../../src/charts/exploreMapData.ts';

describe('explore result → map figures', () => {
  it('maps a result grouped by one State dimension, alone or with panel-only groups', () => {
    expect(mapDimension({ group: ['partner'] })).toBe('partner');
    expect(mapDimension({ group: ['reporter', 'basis'] })).toBe('reporter');
    expect(mapDimension({ group: ['year', 'partner'] })).toBeNull();
    expect(mapDimension({ group: ['reporter', 'partner'] })).toBeNull();
    expect(canOfferMap({ group: ['year', 'partner'] })).toBe(true);
    expect(canOfferMap({ group: ['year'] })).toBe(false);
  });

  it('splits rows into one map per panel (currency) and keeps figures without a State out of the map', () => {
    // SYNTHETIC rows.
    const rows = [
      { partner_iso3: 'FRA', currency: 'EUR', value: 5 },
      { partner_iso3: 'DEU', currency: 'GBP', value: 7 },
      { partner_iso3: null, currency: 'EUR', value: 2 },
      { partner_iso3: 'NGA', currency: 'EUR', value: null },
    ];
    const panels = mapPanels(rows, { dimension: 'partner', measure: 'value', panel: (r) => String(r.currency), currency: (r) => String(r.currency) });
    expect(panels).toEqual([
      {
        key: 'EUR',
        currency: 'EUR',
        data: [
          { iso3: 'FRA', value: 5 },
          { iso3: 'NGA', value: null },
        ],
        notStated: 2,
      },
      { key: 'GBP', currency: 'GBP', data: [{ iso3: 'DEU', value: 7 }], notStated: null },
    ]);
  });
});
