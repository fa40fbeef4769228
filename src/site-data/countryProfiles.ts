/**
 * Everything a country page needs, for every State at once: a handful of grouped queries run once
 * per build, then split by State in JS (750 pages must not run 750 × n queries). A State appears
 * on either side of a transfer: as exporter or importer, in its own reports or in other States'.
 */
import { dataDir } from './dataDir.ts';
import { hasTable, queryRows } from './db.ts';
import { profilePartnersQuery, profileReportsQuery, profileTopQuery, profileYearsQuery } from '../queries/countryProfiles.ts';
import type { ReportingLine } from '../specs/compare.ts';
import type { Figures, Flow, Role } from '../specs/flow.ts';
import { groupBy } from '../specs/series.ts';

export type { ReportingLine } from '../specs/compare.ts';

export interface Profile {
  iso3: string;
  flows: Flow[];
  reporting: ReportingLine[];
  /** Every counterpart of the first flow (its basis), not only the top ones: drawn on the profile's world map. */
  mapPartners?: Figures[];
}

const TOP = 8;

type FigRow = Figures & { iso3: string; role: Role; direction: 'export' | 'import'; source_id: string; currency: string | null };

async function load(dir: string): Promise<Map<string, Profile>> {
  const profiles = new Map<string, Profile>();
  const get = (iso3: string) => {
    let p = profiles.get(iso3);
    if (!p) profiles.set(iso3, (p = { iso3, flows: [], reporting: [] }));
    return p;
  };
  if (hasTable('transfers', dir)) {
    const yearly = await queryRows<FigRow>(profileYearsQuery(), dir);
    // Top counterparts and categories per group, ranked by value (then items, then facts).
    const partners = await queryRows<FigRow>(profileTopQuery('partner', TOP), dir);
    const categories = await queryRows<FigRow>(profileTopQuery('category', TOP), dir);
    const flowKey = (r: FigRow) => `${r.iso3}|${r.role}|${r.direction}|${r.source_id}|${r.currency ?? ''}`;
    const partnersBy = groupBy(partners, flowKey);
    const categoriesBy = groupBy(categories, flowKey);
    const allPartnersBy = groupBy(await queryRows<FigRow>(profilePartnersQuery(), dir), flowKey);
    for (const [k, rows] of groupBy(yearly, flowKey)) {
      const f = rows[0]!;
      const basis = primaryBasis(rows);
      get(f.iso3).flows.push({
        role: f.role,
        direction: f.direction,
        sourceId: f.source_id,
        currency: f.currency,
        basis,
        bases: [...new Set(rows.map((r) => r.basis))].sort(byBasis),
        yearMin: Math.min(...rows.map((r) => r.year!)),
        yearMax: Math.max(...rows.map((r) => r.year!)),
        facts: rows.reduce((n, r) => n + r.facts, 0),
        yearly: rows.map(figures),
        partners: (partnersBy.get(k) ?? []).filter((r) => r.basis === basis).map(figures),
        categories: (categoriesBy.get(k) ?? []).filter((r) => r.basis === basis).map(figures),
      });
    }
    for (const p of profiles.values()) {
      p.flows.sort((a, b) => b.facts - a.facts || a.sourceId.localeCompare(b.sourceId) || a.role.localeCompare(b.role) || a.direction.localeCompare(b.direction));
      const f = p.flows[0];
      if (f) p.mapPartners = (allPartnersBy.get(`${p.iso3}|${f.role}|${f.direction}|${f.sourceId}|${f.currency ?? ''}`) ?? []).filter((r) => r.basis === f.basis).map(figures);
    }
  }
  if (hasTable('reports', dir)) {
    const reports = await queryRows<{ iso3: string; instrument: string; year: number | null; reports: number; nil: boolean | null }>(profileReportsQuery(), dir);
    for (const [key, rows] of groupBy(reports, (r) => `${r.iso3}|${r.instrument}`)) {
      get(key.split('|')[0]!).reporting.push({
        instrument: rows[0]!.instrument,
        years: rows.filter((r) => r.year !== null).map((r) => r.year!),
        reports: rows.reduce((n, r) => n + r.reports, 0),
        nilYears: rows.filter((r) => r.nil && r.year !== null).map((r) => r.year!),
        undated: rows.filter((r) => r.year === null).reduce((n, r) => n + r.reports, 0),
      });
    }
  }
  return profiles;
}

const BASES = ['authorized', 'actual', 'refused'];
const byBasis = (a: string, b: string) => BASES.indexOf(a) - BASES.indexOf(b);

function primaryBasis(rows: readonly Figures[]): string {
  const facts = new Map<string, number>();
  for (const r of rows) facts.set(r.basis, (facts.get(r.basis) ?? 0) + r.facts);
  const usable = [...facts.keys()].filter((b) => b !== 'refused').sort(byBasis);
  const candidates = usable.length ? usable : [...facts.keys()].sort(byBasis);
  return candidates.reduce((best, b) => (facts.get(b)! > facts.get(best)! ? b : best), candidates[0]!);
}

function figures(r: FigRow): Figures {
  return { basis: r.basis, year: r.year, key: r.key, value: r.value, licences: r.licences, items: r.items, facts: r.facts };
}

const cache = new Map<string, Promise<Map<string, Profile>>>();

/** Profiles of every State that appears in the data, keyed by ISO3 (loaded once per build). */
export function countryProfiles(dir = dataDir()): Promise<Map<string, Profile>> {
  let p = cache.get(dir);
  if (!p) cache.set(dir, (p = load(dir)));
  return p;
}
