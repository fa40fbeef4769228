/** The flows chart's model: top States by name, the rest as "others", bands that add up. SYNTHETIC flows. */
import { describe, expect, it } from 'vitest';
import { NOT_STATED, OTHERS, sankeyModel, type FlowInput } from '../../src/specs/flowSankey.ts';

const flows: FlowInput[] = [
  { exporter: 'AAA', importer: 'XXX', amount: 50 },
  { exporter: 'AAA', importer: 'YYY', amount: 30 },
  { exporter: 'BBB', importer: 'XXX', amount: 10 },
  { exporter: 'CCC', importer: 'ZZZ', amount: 6 },
  { exporter: 'DDD', importer: null, amount: 4 },
  { exporter: 'EEE', importer: 'XXX', amount: 0 },
];

const sideTotals = (m: ReturnType<typeof sankeyModel>, side: 'exporter' | 'importer') => m.nodes.filter((n) => n.side === side).map((n) => [n.key, n.total]);

describe('sankeyModel', () => {
  it('keeps the top States by total and gathers the rest into "others" on each side', () => {
    const m = sankeyModel(flows, { width: 600, top: 2 });
    expect(sideTotals(m, 'exporter')).toEqual([
      ['AAA', 80],
      ['BBB', 10],
      [OTHERS, 10],
    ]);
    expect(sideTotals(m, 'importer')).toEqual([
      ['XXX', 60],
      ['YYY', 30],
      [OTHERS, 10],
    ]);
    expect(m.total).toBe(100);
    const others = m.links.find((l) => l.exporter === OTHERS && l.importer === OTHERS);
    expect(others).toMatchObject({ amount: 10, flows: 2 });
  });

  it('names a lone State rather than an "others" of one, and marks a State not stated', () => {
    const m = sankeyModel(flows, { width: 600, top: 3 });
    expect(sideTotals(m, 'importer').map(([k]) => k)).toEqual(['XXX', 'YYY', 'ZZZ', NOT_STATED]);
    // Zero flows draw nothing.
    expect(m.nodes.some((n) => n.key === 'EEE')).toBe(false);
  });

  it('stacks bands within their nodes: thickness proportional to the figure, no overlap', () => {
    const m = sankeyModel(flows, { width: 600, top: 10, gap: 0, rowHeight: 20 });
    const scale = m.height / m.total;
    const aaa = m.nodes.find((n) => n.side === 'exporter' && n.key === 'AAA')!;
    const fromAaa = m.links.filter((l) => l.exporter === 'AAA').sort((a, b) => a.y0 - b.y0);
    expect(fromAaa.map((l) => l.importer)).toEqual(['XXX', 'YYY']);
    expect(fromAaa[0]!.y0).toBeCloseTo(aaa.y, 1);
    expect(fromAaa[1]!.y0).toBeCloseTo(aaa.y + 50 * scale, 1);
    expect(fromAaa[0]!.width).toBeCloseTo(50 * scale, 1);
    // Both columns span the same height: same total, same scale.
    const bottom = (side: string) => Math.max(...m.nodes.filter((n) => n.side === side).map((n) => n.y + n.height));
    expect(bottom('exporter')).toBeCloseTo(bottom('importer'), 0);
  });

  it('is a pure function of its input (same model twice) and draws paths between the columns', () => {
    const a = sankeyModel(flows, { width: 390, top: 2 });
    expect(sankeyModel(flows, { width: 390, top: 2 })).toEqual(a);
    for (const l of a.links) expect(l.path).toMatch(/^M[\d.]+,[\d.]+C[\d., ]+$/);
    expect(a.left).toBeLessThan(a.right);
  });

  it('draws nothing for no flows', () => {
    expect(sankeyModel([], { width: 600, top: 5 })).toMatchObject({ nodes: [], links: [], total: 0 });
  });
});
