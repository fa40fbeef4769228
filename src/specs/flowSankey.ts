/**
 * The flows chart as a model: a two-column Sankey (exporters left, importers right, one band per
 * flow, its thickness the flow's figure). With 50–2,000 flows a chart of every pair cannot be read,
 * so the largest `top` exporters and importers are drawn by name and the rest are gathered into
 * one "others" node on each side; the bands keep every flow's figure, so both columns add up to the
 * total of the table. Pure: rows in, geometry out (the island draws it, tests check it).
 */

export interface FlowInput {
  exporter: string | null;
  importer: string | null;
  amount: number;
}

/** `others` gathers the States beyond the top; `-` is a State the source does not name. */
export type NodeKey = string;
export const OTHERS = '*others*';
export const NOT_STATED = '-';

export interface SankeyNode {
  side: 'exporter' | 'importer';
  key: NodeKey;
  total: number;
  x: number;
  y: number;
  height: number;
}

export interface SankeyLink {
  exporter: NodeKey;
  importer: NodeKey;
  amount: number;
  /** How many flows of the table the band stands for (more than 1 only where "others" is a side). */
  flows: number;
  /** Band edges: top of the band at each end, and its thickness. */
  y0: number;
  y1: number;
  width: number;
  /** SVG path of the band's centre line (drawn with stroke-width = width). */
  path: string;
}

export interface SankeyModel {
  width: number;
  height: number;
  nodes: SankeyNode[];
  links: SankeyLink[];
  total: number;
  /** Where the node columns are: labels go left of the left one and right of the right one. */
  left: number;
  right: number;
}

export interface SankeyOptions {
  width: number;
  top: number;
  /** Width kept for the labels on each side. */
  labelWidth?: number;
  nodeWidth?: number;
  gap?: number;
  /** Height of the drawing per node of the taller column (the chart grows with the number of nodes). */
  rowHeight?: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function keyOf(iso3: string | null): NodeKey {
  return iso3 ?? NOT_STATED;
}

/** The `top` keys by total, largest first (ties by key), and a function mapping any key to its node. */
function ranked(totals: Map<NodeKey, number>, top: number): { order: NodeKey[]; nodeOf: (k: NodeKey) => NodeKey } {
  const sorted = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  // "Others" for one State only would hide a name for nothing: keep it by name instead.
  const keep = new Set(sorted.length <= top + 1 ? sorted : sorted.slice(0, top));
  const order = sorted.filter((k) => keep.has(k));
  if (keep.size < sorted.length) order.push(OTHERS);
  return { order, nodeOf: (k) => (keep.has(k) ? k : OTHERS) };
}

export function sankeyModel(rows: readonly FlowInput[], o: SankeyOptions): SankeyModel {
  const nodeWidth = o.nodeWidth ?? 10;
  const gap = o.gap ?? 6;
  const labelWidth = o.labelWidth ?? Math.min(150, Math.round(o.width * 0.28));
  const flows = rows.filter((r) => r.amount > 0);
  const sum = (key: (r: FlowInput) => NodeKey) => {
    const m = new Map<NodeKey, number>();
    for (const r of flows) m.set(key(r), (m.get(key(r)) ?? 0) + r.amount);
    return m;
  };
  const ex = ranked(
    sum((r) => keyOf(r.exporter)),
    o.top,
  );
  const im = ranked(
    sum((r) => keyOf(r.importer)),
    o.top,
  );
  // Bands between nodes (several flows fall into one band where "others" is a side).
  const bands = new Map<string, { exporter: NodeKey; importer: NodeKey; amount: number; flows: number }>();
  for (const r of flows) {
    const exporter = ex.nodeOf(keyOf(r.exporter));
    const importer = im.nodeOf(keyOf(r.importer));
    const id = `${exporter}>${importer}`;
    const b = bands.get(id) ?? { exporter, importer, amount: 0, flows: 0 };
    b.amount += r.amount;
    b.flows += 1;
    bands.set(id, b);
  }
  const total = flows.reduce((a, r) => a + r.amount, 0);
  const rows_ = Math.max(ex.order.length, im.order.length);
  const height = Math.max(120, rows_ * (o.rowHeight ?? 34));
  const usable = height - gap * Math.max(0, rows_ - 1);
  const scale = total > 0 ? usable / total : 0;
  const left = labelWidth;
  const right = o.width - labelWidth - nodeWidth;
  const column = (side: 'exporter' | 'importer', order: NodeKey[], key: (b: { exporter: NodeKey; importer: NodeKey }) => NodeKey, x: number) => {
    // Each column is centred vertically, so the shorter one (fewer nodes, same total) sits in the middle.
    const spare = height - total * scale - gap * Math.max(0, order.length - 1);
    let y = spare / 2;
    return order.map((k) => {
      const t = [...bands.values()].filter((b) => key(b) === k).reduce((a, b) => a + b.amount, 0);
      const n: SankeyNode = { side, key: k, total: t, x, y: r1(y), height: r1(Math.max(1, t * scale)) };
      y += t * scale + gap;
      return n;
    });
  };
  const exporters = column('exporter', ex.order, (b) => b.exporter, left);
  const importers = column('importer', im.order, (b) => b.importer, right);
  // Bands leave an exporter in its importers' order and reach an importer in its exporters' order, so they do not cross at the nodes.
  const exIndex = new Map(ex.order.map((k, i) => [k, i]));
  const imIndex = new Map(im.order.map((k, i) => [k, i]));
  const outY = new Map(exporters.map((n) => [n.key, n.y]));
  const inY = new Map(importers.map((n) => [n.key, n.y]));
  const ordered = [...bands.values()].sort((a, b) => exIndex.get(a.exporter)! - exIndex.get(b.exporter)! || imIndex.get(a.importer)! - imIndex.get(b.importer)!);
  const starts = new Map<string, number>();
  for (const b of ordered) {
    starts.set(`${b.exporter}>${b.importer}`, outY.get(b.exporter)!);
    outY.set(b.exporter, outY.get(b.exporter)! + b.amount * scale);
  }
  const byImporter = [...ordered].sort((a, b) => imIndex.get(a.importer)! - imIndex.get(b.importer)! || exIndex.get(a.exporter)! - exIndex.get(b.exporter)!);
  const links: SankeyLink[] = byImporter.map((b) => {
    const width = b.amount * scale;
    const y0 = starts.get(`${b.exporter}>${b.importer}`)!;
    const y1 = inY.get(b.importer)!;
    inY.set(b.importer, y1 + width);
    const x0 = left + nodeWidth;
    const x1 = right;
    const mid = (x0 + x1) / 2;
    const a = r1(y0 + width / 2);
    const z = r1(y1 + width / 2);
    return { ...b, y0: r1(y0), y1: r1(y1), width: r1(Math.max(1, width)), path: `M${r1(x0)},${a}C${r1(mid)},${a} ${r1(mid)},${z} ${r1(x1)},${z}` };
  });
  // Largest bands drawn last, so a thin band under a thick one stays reachable at its ends.
  links.sort((a, b) => a.amount - b.amount);
  return { width: o.width, height, nodes: [...exporters, ...importers], links, total, left, right: right + nodeWidth };
}
