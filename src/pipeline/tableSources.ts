/**
 * Sources whose rows go to tables of their own rather than to `transfers`: the adapter id that
 * data/sources.json names, the pure parse step and the normalize step that turns its rows into the
 * table's rows. build.ts parses these with the others and normalizes them once the resolver exists.
 */
import type { AnyTable } from '../schema/columns.ts';
import { euBrokering } from '../schema/euBrokering.ts';
import { euConsultations } from '../schema/euConsultations.ts';
import { euMissions } from '../schema/euMissions.ts';
import { parseCaatEuBroker } from './adapters/caatEuBroker.ts';
import { parseCaatEuConsult } from './adapters/caatEuConsult.ts';
import { parseCaatEuMission } from './adapters/caatEuMission.ts';
import { normalizeBrokering, normalizeConsultations, normalizeMissions, type EuNormalizeContext, type NormalizedRows } from './euNormalize.ts';
import type { ParsedRows, SourceFile } from './types.ts';

export interface TableSource<P = unknown> {
  id: string;
  table: AnyTable;
  parse(files: SourceFile[]): ParsedRows<P>;
  normalize(parsed: ParsedRows<P>, ctx: EuNormalizeContext): NormalizedRows<Record<string, unknown>>;
}

const source = <P, R extends Record<string, unknown>>(s: {
  id: string;
  table: AnyTable;
  parse(files: SourceFile[]): ParsedRows<P>;
  normalize(parsed: ParsedRows<P>, ctx: EuNormalizeContext): NormalizedRows<R>;
}): TableSource => s as unknown as TableSource;

export const TABLE_SOURCES: Record<string, TableSource> = Object.fromEntries(
  [
    source({ id: 'caat-eu-broker', table: euBrokering, parse: parseCaatEuBroker, normalize: normalizeBrokering }),
    source({ id: 'caat-eu-consult', table: euConsultations, parse: parseCaatEuConsult, normalize: normalizeConsultations }),
    source({ id: 'caat-eu-mission', table: euMissions, parse: parseCaatEuMission, normalize: normalizeMissions }),
  ].map((s) => [s.id, s]),
);

/** The tables these sources fill, each written even when no source of it is built (an empty table). */
export const OWN_TABLES: readonly AnyTable[] = [euBrokering, euConsultations, euMissions];
