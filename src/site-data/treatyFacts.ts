/**
 * The ATT participation facts as the pages show them: counts of participants, signatories and
 * parties, the date the facts hold for ("status as at" of the depositary's page), and each State's
 * reporting deadlines for the calendar feeds. Read from the built tables once per build.
 */
import { deadlinesQuery, type DeadlineRow } from '../queries/deadlines.ts';
import type { StateRow } from '../schema/index.ts';
import { dataDir } from './dataDir.ts';
import { hasTable, queryRows } from './db.ts';
import { groupBy } from '../specs/series.ts';

export const DEPOSITARY_SOURCE = 'untc-att-status';

export interface TreatySummary {
  /** Signed or deposited consent. */
  participants: number;
  signatories: number;
  parties: number;
  /** Parties the obligations are derived for (entry into force known). */
  withEntryIntoForce: number;
  /** "Status as at" date when every fact comes from the depositary's page; null otherwise. */
  statusDate: string | null;
  fromDepositary: boolean;
}

export function treatySummary(states: readonly StateRow[]): TreatySummary {
  const participants = states.filter((s) => s.att_status === 'party' || s.att_status === 'signatory');
  const dates = new Set(states.map((s) => s.att_status_date).filter((d) => d !== null));
  const fromDepositary = states.length > 0 && states.every((s) => s.att_source_id === DEPOSITARY_SOURCE);
  return {
    participants: participants.length,
    signatories: participants.filter((s) => s.att_signature_date !== null).length,
    parties: states.filter((s) => s.att_status === 'party').length,
    withEntryIntoForce: states.filter((s) => s.att_entry_into_force !== null).length,
    statusDate: fromDepositary && dates.size === 1 ? [...dates][0]! : null,
    fromDepositary,
  };
}

const cache = new Map<string, Promise<Map<string, DeadlineRow[]>>>();

/**
 * Every deadline of every State Party, by State: reports covering years up to the year of the facts'
 * date (the last one due on 31 May of the next year).
 */
export function reportingDeadlines(throughYear: number, dir = dataDir()): Promise<Map<string, DeadlineRow[]>> {
  const key = `${dir}|${throughYear}`;
  let c = cache.get(key);
  if (!c) {
    const q = deadlinesQuery(throughYear);
    c = hasTable('states', dir) ? queryRows<DeadlineRow>(q, dir).then((rows) => groupBy(rows, (r) => r.iso3)) : Promise.resolve(new Map());
    cache.set(key, c);
  }
  return c;
}
