/**
 * The ATT columns of the states table, derived from the transcribed participation facts.
 *
 * Entry into force follows the Treaty, Art. 22: the Treaty entered into force on 24 December 2014,
 * ninety days after the fiftieth instrument (deposited 25 September 2014); for a State depositing
 * after that, ninety days after its own deposit. So a deposit on or before 2014-12-24 gives
 * 2014-12-24 and a later one gives deposit + 90 days.
 */
import type { TREATY_STATUSES } from '../schema/codes.ts';
import { ATT_PARTICIPANTS, type AttParticipant } from './attParticipation.ts';

export type TreatyStatus = (typeof TREATY_STATUSES)[number];

export const ATT_ENTRY_INTO_FORCE = '2014-12-24';
const DAY_MS = 86_400_000;

/** Art. 22: the date the Treaty entered into force for a State that deposited on `consentDate`. */
export function entryIntoForce(consentDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(consentDate)) throw new Error(`'${consentDate}' is not a YYYY-MM-DD date`);
  if (consentDate <= ATT_ENTRY_INTO_FORCE) return ATT_ENTRY_INTO_FORCE;
  return new Date(Date.parse(`${consentDate}T00:00:00Z`) + 90 * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The status column from the status as written: "party …" → party, "signatory …" → signatory,
 * anything else (e.g. "participant (dates not readable)") → unknown.
 */
export function treatyStatusOf(written: string): TreatyStatus {
  const head = written.trim().toLowerCase();
  if (/^party\b/.test(head)) return 'party';
  if (/^signatory\b/.test(head)) return 'signatory';
  return 'unknown';
}

export interface AttColumns {
  att_status: TreatyStatus;
  att_status_date: string | null;
  att_signature_date: string | null;
  att_consent_date: string | null;
  att_consent_type: string | null;
  att_provisional_application_date: string | null;
  att_entry_into_force: string | null;
  att_footnotes: string | null;
  att_declarations: string | null;
  att_source_id: string | null;
  att_source_line: number | null;
  att_source_url: string | null;
  att_notes: string | null;
}

/** Source id of the facts transcribed in attParticipation.ts (not a source of data/sources.json). */
export const HAND_COMPILED_SOURCE = 'hand-compiled';

export const NO_FACTS: AttColumns = {
  att_status: 'unknown',
  att_status_date: null,
  att_signature_date: null,
  att_consent_date: null,
  att_consent_type: null,
  att_provisional_application_date: null,
  att_entry_into_force: null,
  att_footnotes: null,
  att_declarations: null,
  att_source_id: null,
  att_source_line: null,
  att_source_url: null,
  att_notes: null,
};

/** Notes for the table: the source's notes, plus what the status column cannot say. */
function notesOf(p: AttParticipant): string {
  const extra: string[] = [];
  const status = treatyStatusOf(p.status);
  if (p.status.trim().toLowerCase() !== status) extra.push(`Status as written: ${p.status}.`);
  if (p.provisionalApplication === true) extra.push('Declared provisional application (Art. 23).');
  return [p.notes, ...extra].filter((s) => s !== '').join(' ');
}

export function attColumns(p: AttParticipant): AttColumns {
  return {
    ...NO_FACTS,
    att_status: treatyStatusOf(p.status),
    att_signature_date: p.signatureDate,
    att_consent_date: p.consentDate,
    att_consent_type: p.consentType,
    // The compilation computed this column; where it is empty but the deposit date is known, apply Art. 22 here.
    att_entry_into_force: p.entryIntoForce ?? (p.consentDate === null ? null : entryIntoForce(p.consentDate)),
    att_source_id: HAND_COMPILED_SOURCE,
    att_source_url: p.sourceUrl,
    att_notes: notesOf(p),
  };
}

const BY_ISO3 = new Map(ATT_PARTICIPANTS.map((p) => [p.iso3, p]));

/** ATT columns for one State: the transcribed facts, or 'unknown' with empty columns when it has none. */
export function attColumnsFor(iso3: string): AttColumns {
  const p = BY_ISO3.get(iso3);
  return p ? attColumns(p) : NO_FACTS;
}
