/**
 * The comparison of two to five States: what each State's file holds (its ATT facts, reporting
 * history and flows, the same objects the country profile is drawn from) and how the files are
 * lined up side by side. A flow is compared only with the flows of the same side, direction,
 * source, currency and measure: figures in two currencies (or a value and an item count) never
 * share a table, let alone a sum. Pure: the build writes the files, the compare island reads them.
 */
import { flowMeasure, measureOf, type Flow, type FlowMeasure, type Role } from './flow.ts';

export const COMPARE_MIN = 2;
export const COMPARE_MAX = 5;

/** A State's ATT participation facts, as the country profile shows them. */
export interface CompareTreaty {
  status: string;
  statusDate: string | null;
  signature: string | null;
  consent: string | null;
  consentType: string | null;
  entryIntoForce: string | null;
}

/** A line of a State's reporting history (country profiles and compare alike). */
export interface ReportingLine {
  instrument: string;
  years: number[];
  reports: number;
  nilYears: number[];
  /** Reports without a year (initial reports). */
  undated: number;
}

/** One State's file (`/compare/{ISO3}.json`): the profile without its top partners (not compared). */
export interface CompareState {
  iso3: string;
  treaty: CompareTreaty;
  reporting: ReportingLine[];
  flows: Omit<Flow, 'partners'>[];
}

export type CompareFlow = CompareState['flows'][number];

/** The flows of the compared States that can stand side by side. */
export interface CompareGroup {
  key: string;
  role: Role;
  direction: 'export' | 'import';
  sourceId: string;
  currency: string | null;
  measure: FlowMeasure;
  /** The compared States' flows of this group, in the order the States were picked. */
  members: { iso3: string; flow: CompareFlow }[];
  /** States picked that have no flow in this group. */
  absent: string[];
  /** Bases with at least one figure, in the order authorized, actual, refused. */
  bases: string[];
}

const BASES = ['authorized', 'actual', 'refused'];
const ROLES: Role[] = ['exporter', 'importer'];

function groupKey(f: CompareFlow): string {
  return [f.role, f.direction, f.sourceId, f.currency ?? '', flowMeasure({ ...f, partners: [] })].join('|');
}

/** The groups of flows of the picked States, exporter side first, then by how many States share them. */
export function compareGroups(states: readonly CompareState[]): CompareGroup[] {
  const groups = new Map<string, CompareGroup>();
  for (const s of states) {
    for (const flow of s.flows) {
      const key = groupKey(flow);
      let g = groups.get(key);
      if (!g) {
        const measure = flowMeasure({ ...flow, partners: [] });
        groups.set(key, (g = { key, role: flow.role, direction: flow.direction, sourceId: flow.sourceId, currency: flow.currency, measure, members: [], absent: [], bases: [] }));
      }
      g.members.push({ iso3: s.iso3, flow });
    }
  }
  for (const g of groups.values()) {
    const present = new Set(g.members.map((m) => m.iso3));
    g.absent = states.map((s) => s.iso3).filter((iso3) => !present.has(iso3));
    const withFigure = new Set(g.members.flatMap((m) => m.flow.yearly.filter((y) => measureOf(y, g.measure) !== null).map((y) => y.basis)));
    g.bases = BASES.filter((b) => withFigure.has(b)).concat([...withFigure].filter((b) => !BASES.includes(b)).sort());
  }
  return [...groups.values()].sort(
    (a, b) =>
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
      b.members.length - a.members.length ||
      b.members.reduce((n, m) => n + m.flow.facts, 0) - a.members.reduce((n, m) => n + m.flow.facts, 0) ||
      a.key.localeCompare(b.key),
  );
}

/** A group's figures by year for one basis: one row per year any member has, one cell per member (null: no figure). */
export function yearlyTable(g: CompareGroup, basis: string): { years: number[]; cells: (number | null)[][] } {
  const byMember = g.members.map((m) => new Map(m.flow.yearly.filter((y) => y.basis === basis).map((y) => [y.year!, measureOf(y, g.measure)])));
  const years = [...new Set(byMember.flatMap((m) => [...m.entries()].filter(([, v]) => v !== null).map(([y]) => y)))].sort((a, b) => a - b);
  return { years, cells: years.map((y) => byMember.map((m) => m.get(y) ?? null)) };
}

/**
 * A group's main categories: the union of each member's top categories (those of its own main basis,
 * as on its profile), one cell per member; undefined where the category is not among that member's top.
 */
export function categoryTable(g: CompareGroup): { keys: string[]; cells: (number | null | undefined)[][] } {
  const byMember = g.members.map((m) => new Map(m.flow.categories.map((c) => [c.key ?? '', measureOf(c, g.measure)])));
  const keys: string[] = [];
  for (const m of byMember) for (const k of m.keys()) if (!keys.includes(k)) keys.push(k);
  return { keys, cells: keys.map((k) => byMember.map((m) => (m.has(k) ? m.get(k)! : undefined))) };
}

/** A long CSV of the comparison: one row per State, group, basis and year (and per main category). */
export function compareCsvRows(groups: readonly CompareGroup[]): { header: string[]; rows: (string | number | null)[][] } {
  const header = ['iso3', 'role', 'direction', 'source_id', 'currency', 'measure', 'basis', 'year', 'category', 'figure'];
  const rows: (string | number | null)[][] = [];
  for (const g of groups) {
    for (const m of g.members) {
      const head = [m.iso3, g.role, g.direction, g.sourceId, g.currency, g.measure];
      for (const y of m.flow.yearly) rows.push([...head, y.basis, y.year ?? null, null, measureOf(y, g.measure)]);
      for (const c of m.flow.categories) rows.push([...head, c.basis, null, c.key ?? null, measureOf(c, g.measure)]);
    }
  }
  return { header, rows };
}
