/**
 * The facts behind one row of the divergences page, each with its source file and line: a mirror
 * pair (both sides' facts of that exporter, importer, year, basis and ATT category, as the mirror
 * analysis pairs them: divergences.ts), a UN Register pair (registerMirrors.ts: Register category)
 * and a cell of one State's two instruments (year, destination, EU ML category, authorized).
 * Opened in the SQL console, where each source line links to the pinned file at its commit.
 */
import type { Param, Query } from '../db/query.ts';
import { reports, transfers } from '../schema/index.ts';
import { EXPORTER_SQL, IMPORTER_SQL } from './flows.ts';
import { PROVENANCE_COLUMNS } from './provenance.ts';

function factsQuery(conditions: string[], params: Param[], extra: { join?: string; columns?: string[] } = {}): Query {
  const select = [...PROVENANCE_COLUMNS.map((c) => `t.${c}`), ...(extra.columns ?? [])].join(', ');
  const sql = [`SELECT\n  ${select}`, `FROM "${transfers.name}" AS t`, ...(extra.join ? [extra.join] : []), `WHERE ${conditions.join('\n  AND ')}`, 'ORDER BY t.direction, t.source_id, t.source_file, t.source_line'].join(
    '\n',
  );
  return { sql, params, tables: extra.join ? ['transfers', 'reports'] : ['transfers'] };
}

/** Both sides of a mirror pair (the UN Register is paired on its own categories, not here). */
export function mirrorFactsQuery(r: { exporter: string; importer: string; year: number; basis: string; att_category: string }): Query {
  return factsQuery([`(${EXPORTER_SQL}) = ?`, `(${IMPORTER_SQL}) = ?`, 't.year = ?', 't.basis = ?', 't.att_category = ?', "t.category_scheme <> 'UNROCA'"], [r.exporter, r.importer, r.year, r.basis, r.att_category]);
}

/** Both reports of a UN Register transfer: exporter, importer, year and Register category. */
export function registerPairFactsQuery(r: { exporter: string; importer: string; year: number; category: string }): Query {
  return factsQuery([`(${EXPORTER_SQL}) = ?`, `(${IMPORTER_SQL}) = ?`, 't.year = ?', "t.category_scheme = 'UNROCA'", 't.category_code = ?'], [r.exporter, r.importer, r.year, r.category]);
}

/** The authorized facts of one State's cell (year, destination, ML category) in either of two instruments. */
export function channelFactsQuery(instruments: readonly [string, string], iso3: string, r: { year: number; partner: string | null; category: string }): Query {
  const partner = r.partner === null ? 't.partner_iso3 IS NULL' : 't.partner_iso3 = ?';
  return factsQuery(
    ['r.instrument IN (?, ?)', 't.reporter_iso3 = ?', 't.year = ?', partner, "t.basis = 'authorized'", "t.category_scheme = 'ML'", 't.category_code = ?'],
    [instruments[0], instruments[1], iso3, r.year, ...(r.partner === null ? [] : [r.partner]), r.category],
    { join: `JOIN "${reports.name}" AS r ON r.report_id = t.report_id`, columns: ['r.instrument'] },
  );
}
