/**
 * Normalize stage for the EU annual-report extracts that have tables of their own (brokering,
 * denial consultations, missions): places → ISO alpha-3, rows checked against their table's zod
 * schema. A place is resolved by its ISO2 code when the source gives one (looked up in the states
 * table, so "NA" is Namibia there), otherwise by its name through the shared resolver (reviewed
 * aliases included). A row whose main State cannot be resolved is rejected and the name listed;
 * an origin or destination of a brokering licence that cannot be resolved leaves the row loaded
 * with the name as written, and the name listed too.
 */

import type { StateResolver } from '../reference/stateResolver.ts';
import type { AnyTable } from '../schema/columns.ts';
import { type EuBrokeringRow, euBrokering } from '../schema/euBrokering.ts';
import { type EuConsultationRow, euConsultations } from '../schema/euConsultations.ts';
import { type EuMissionRow, euMissions } from '../schema/euMissions.ts';
import type { StateRow } from '../schema/states.ts';
import type { ParsedBrokering } from './adapters/caatEuBroker.ts';
import type { ParsedConsultation } from './adapters/caatEuConsult.ts';
import type { ParsedMission } from './adapters/caatEuMission.ts';
import type { ParsedRows, Reject } from './types.ts';

/** What the normalize step of an own-table source needs: the shared resolver and the States (for ISO2 codes). */
export interface OwnTableContext {
  states: StateResolver;
  stateRows: readonly StateRow[];
}

/** The tables the own-table sources fill; each is published even when none of its sources is built (empty). */
export const OWN_TABLES: readonly AnyTable[] = [euBrokering, euConsultations, euMissions];

export interface NormalizedRows<R> {
  table: AnyTable;
  rows: R[];
  rejects: Reject[];
  rowsRead: number;
  rowsLoaded: number;
  /** Names no resolver knew, with how many lines each concerned. */
  unresolvedNames: Map<string, number>;
}

/** Resolves a place given as an ISO2 code and/or a name; null when neither resolves. */
export function placeResolver(ctx: OwnTableContext): (iso2: string | null, name: string | null) => string | null {
  const byIso2 = new Map(ctx.stateRows.map((s) => [s.iso2, s.iso3]));
  return (iso2, name) => {
    const code = iso2?.trim().toUpperCase();
    if (code && byIso2.has(code)) return byIso2.get(code)!;
    if (name && name.trim() !== '') return ctx.states.resolve(name)?.iso3 ?? null;
    return null;
  };
}

/** Shared bookkeeping: loaded rows validated by the table's schema, rejects with their reason, names listed. */
function collector<P extends { file: string; line: number; raw: string }, R>(parsed: ParsedRows<P>, table: AnyTable) {
  const out: NormalizedRows<R> = { table, rows: [], rejects: [...parsed.rejects], rowsRead: parsed.rowsRead, rowsLoaded: parsed.rowsLoaded, unresolvedNames: new Map() };
  return {
    out,
    listName(name: string) {
      out.unresolvedNames.set(name, (out.unresolvedNames.get(name) ?? 0) + 1);
    },
    reject(p: P, reasonCode: string, reason: string) {
      out.rejects.push({ file: p.file, line: p.line, reasonCode, reason, raw: p.raw });
      out.rowsLoaded--;
    },
    accept(p: P, row: R) {
      const checked = table.row.safeParse(row);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        this.reject(p, 'invalid_row', `${issue.path.join('.')}: ${issue.message}`);
      } else out.rows.push(checked.data as R);
    },
  };
}

const unknown = (what: string, name: string) => `${what} '${name}' is not a known State or territory name or code (add it to the reviewed alias table if it is one)`;

type Row = { file: string; line: number; raw: string };
type Collector<P extends Row, R> = ReturnType<typeof collector<P, R>>;
/** Resolves a State the row cannot do without (`what` names its role in the reason); null when it does not resolve. */
type RequiredPlace = (what: string, iso2: string | null, name: string | null) => string | null;

/**
 * The loop every own-table stage shares: `toRow` builds a parsed row's table row, resolving the
 * States it needs with `required`; a State that does not resolve has its name listed, and the row
 * is rejected naming the first such State (also when `toRow` gives up early by returning null).
 * Loaded rows get their file and line, and are checked against the table's schema.
 */
function ownRows<P extends Row, R>(
  parsed: ParsedRows<P>,
  ctx: OwnTableContext,
  table: AnyTable,
  toRow: (p: P, required: RequiredPlace, c: Collector<P, R>, resolve: ReturnType<typeof placeResolver>) => Omit<R, 'source_file' | 'source_line'> | null,
): NormalizedRows<R> {
  const resolve = placeResolver(ctx);
  const c = collector<P, R>(parsed, table);
  for (const p of parsed.rows) {
    let refusal: string | null = null;
    const required: RequiredPlace = (what, iso2, name) => {
      const iso3 = resolve(iso2, name);
      if (!iso3) {
        const written = name ?? iso2!;
        c.listName(written);
        refusal ??= unknown(what, written);
      }
      return iso3;
    };
    const row = toRow(p, required, c, resolve);
    if (refusal !== null || row === null) c.reject(p, 'unknown_country', refusal!);
    else c.accept(p, { ...row, source_file: p.file, source_line: p.line } as R);
  }
  return c.out;
}

export function normalizeBrokering(parsed: ParsedRows<ParsedBrokering>, ctx: OwnTableContext): NormalizedRows<EuBrokeringRow> {
  const joined = (l: string[]) => (l.some((x) => x !== '') ? l.join('; ') : null);
  return ownRows<ParsedBrokering, EuBrokeringRow>(parsed, ctx, euBrokering, (p, required, c, resolve) => {
    /** ISO3 of each place of a list that resolves; names that do not are listed (the row keeps them as written). */
    const places = (codes: string[], names: string[]): string | null => {
      const out: string[] = [];
      for (let i = 0; i < Math.max(codes.length, names.length); i++) {
        const code = codes[i] || null;
        const name = names[i] || null;
        if (!code && !name) continue;
        const iso3 = resolve(code, name);
        if (iso3) out.push(iso3);
        else c.listName(name ?? code!);
      }
      return out.length ? out.join('; ') : null;
    };
    // An unknown broker rejects the row before its origins and destinations are looked at (and listed).
    const broker = required('brokering Member State', p.brokerIso2, p.brokerName);
    if (!broker) return null;
    return {
      year: p.year,
      broker_iso3: broker,
      broker_name: p.brokerName,
      decision: p.decision,
      origin_iso3: places(p.originCodes, p.originNames),
      origin_names: joined(p.originNames),
      destination_iso3: places(p.destinationCodes, p.destinationNames),
      destination_names: joined(p.destinationNames),
      licences: p.licences,
      licensed_value: p.licensedValue,
      brokered_value: p.brokeredValue,
      brokered_value_text: p.brokeredValueText,
      currency: 'EUR',
      ml_categories: p.mlCategories,
      quantity: p.quantity,
    };
  });
}

export function normalizeConsultations(parsed: ParsedRows<ParsedConsultation>, ctx: OwnTableContext): NormalizedRows<EuConsultationRow> {
  return ownRows<ParsedConsultation, EuConsultationRow>(parsed, ctx, euConsultations, (p, required) => {
    const iso3 = required(p.subject === 'member_state' ? 'Member State' : 'destination', p.iso2, p.name);
    if (!iso3) return null;
    return { year: p.year, subject: p.subject, state_iso3: iso3, state_name: p.name ?? p.iso2!, initiated: p.initiated, received: p.received, concerning: p.concerning };
  });
}

export function normalizeMissions(parsed: ParsedRows<ParsedMission>, ctx: OwnTableContext): NormalizedRows<EuMissionRow> {
  return ownRows<ParsedMission, EuMissionRow>(parsed, ctx, euMissions, (p, required) => {
    // Both names are listed when both are unknown; the reason names the exporter first.
    const exporter = required('exporting Member State', p.exporterIso2, p.exporterName);
    const destination = required('destination', p.destinationIso2, p.destinationName);
    if (!exporter || !destination) return null;
    return {
      year: p.year,
      exporter_iso3: exporter,
      exporter_name: p.exporterName ?? p.exporterIso2!,
      destination_iso3: destination,
      destination_name: p.destinationName ?? p.destinationIso2!,
      mission: p.mission,
      items: p.items,
    };
  });
}
