/**
 * Normalize stage of the depositary's ATT status: participant names → ISO codes (shared resolver),
 * entry into force by Art. 22, and the ATT columns of the states table rebuilt from the depositary's
 * facts. The depositary's list is complete, so a State it does not list is 'not_participant' — but only
 * when every participant row was loaded and resolved: otherwise the missing row could be any State,
 * and the States not found are 'unknown'.
 *
 * The hand-compiled facts (src/reference/attParticipation.ts) are not mixed in: they are compared.
 * Where both give a value and the values differ, the difference is listed (manifest, CLI summary,
 * the State's notes); where only the depositary gives one, it is counted as a gap filled.
 */
import type { TreatyDisagreement, TreatyStatusSummary } from '../schema/manifest.ts';
import type { StateRow } from '../schema/states.ts';
import { NO_FACTS, entryIntoForce, treatyStatusOf, type AttColumns } from '../reference/attFacts.ts';
import type { AttParticipant } from '../reference/attParticipation.ts';
import type { ParsedParticipant, ParsedTreatyStatus } from './types.ts';
import type { StateResolver } from '../reference/stateResolver.ts';
import type { Reject } from './types.ts';

export interface NormalizedTreatyStatus {
  states: StateRow[];
  rejects: Reject[];
  rowsRead: number;
  rowsLoaded: number;
  unresolvedNames: Map<string, number>;
  summary: TreatyStatusSummary;
}

export interface TreatyStatusOptions {
  sourceId: string;
  /** The page the facts were published on (shown as the facts' source). */
  sourceUrl: string;
  states: readonly StateRow[];
  resolver: StateResolver;
  handCompiled: readonly AttParticipant[];
}

export function normalizeTreatyStatus(parsed: ParsedTreatyStatus, opts: TreatyStatusOptions): NormalizedTreatyStatus {
  const rejects = [...parsed.rejects];
  const unresolvedNames = new Map<string, number>();
  const byIso3 = new Map<string, ParsedParticipant>();
  for (const p of parsed.participants) {
    const r = opts.resolver.resolve(p.name);
    const reject = (reasonCode: string, reason: string) => rejects.push({ file: p.file, line: p.line, reasonCode, reason, raw: p.name });
    if (!r || r.iso3 === null) {
      unresolvedNames.set(p.name, (unresolvedNames.get(p.name) ?? 0) + 1);
      reject('unresolved_state', `participant '${p.name}' is not a name of the states table or a reviewed alias`);
      continue;
    }
    const first = byIso3.get(r.iso3);
    if (first) {
      reject('duplicate_state', `participant '${p.name}' is ${r.iso3}, already listed as '${first.name}' on line ${first.line}`);
      continue;
    }
    byIso3.set(r.iso3, p);
  }
  const rowsLoaded = parsed.rowsRead - rejects.length;

  const complete = byIso3.size === parsed.participantRows;
  const absent: AttColumns = { ...NO_FACTS, att_status: complete ? 'not_participant' : 'unknown', att_status_date: parsed.statusAsAt, att_source_id: opts.sourceId, att_source_url: opts.sourceUrl };
  if (!complete)
    absent.att_notes = `Not found among the participants read: ${parsed.participantRows - byIso3.size} participant row(s) of the source could not be loaded (see rejects), so absence does not prove non-participation.`;
  const hand = new Map(opts.handCompiled.map((h) => [h.iso3, h]));
  const disagreements: TreatyDisagreement[] = [];
  let gapsFilled = 0;
  const states = opts.states.map((row) => {
    const p = byIso3.get(row.iso3);
    const columns: AttColumns = p ? participantColumns(p, parsed, opts) : { ...absent };
    const h = hand.get(row.iso3);
    if (h) {
      const c = compare(row.iso3, h, columns);
      disagreements.push(...c.disagreements);
      gapsFilled += c.gapsFilled;
      if (c.disagreements.length) columns.att_notes = [columns.att_notes, differenceNote(c.disagreements)].filter(Boolean).join(' ');
    }
    return { ...row, ...columns };
  });

  const participants = [...byIso3.values()];
  const consentTypes: Record<string, number> = {};
  for (const p of participants) if (p.consentType) consentTypes[p.consentType] = (consentTypes[p.consentType] ?? 0) + 1;
  return {
    states,
    rejects,
    rowsRead: parsed.rowsRead,
    rowsLoaded,
    unresolvedNames,
    summary: {
      sourceId: opts.sourceId,
      statusAsAt: parsed.statusAsAt,
      printed: parsed.printed,
      participants: participants.length,
      signatories: participants.filter((p) => p.signatureDate !== null).length,
      parties: participants.filter((p) => p.consentDate !== null).length,
      consentTypes,
      provisionalApplication: participants.filter((p) => p.provisionalApplicationDate !== null).length,
      footnotes: parsed.footnotes.length,
      declarations: parsed.declarations.length,
      gapsFilled,
      disagreements,
    },
  };
}

/** Every fact has its own column (source, line and date included): notes are left for the differences found below. */
function participantColumns(p: ParsedParticipant, parsed: ParsedTreatyStatus, opts: TreatyStatusOptions): AttColumns {
  return {
    att_status: p.consentDate ? 'party' : 'signatory',
    att_status_date: parsed.statusAsAt,
    att_signature_date: p.signatureDate,
    att_consent_date: p.consentDate,
    att_consent_type: p.consentType,
    att_provisional_application_date: p.provisionalApplicationDate,
    att_entry_into_force: p.consentDate ? entryIntoForce(p.consentDate) : null,
    att_footnotes: p.footnotes.length ? p.footnotes.map((f) => `[${f.mark}] ${f.text}`).join('\n\n') : null,
    att_declarations: p.declarations.length ? p.declarations.map((d) => `${d.text}\n(${p.file}, line ${d.line})`).join('\n\n') : null,
    att_source_id: opts.sourceId,
    att_source_line: p.line,
    att_source_url: opts.sourceUrl,
    att_notes: null,
  };
}

/** Field by field: a conflict when both sides have a value and they differ; a gap filled when only the depositary has one. */
function compare(iso3: string, h: AttParticipant, c: AttColumns): { disagreements: TreatyDisagreement[]; gapsFilled: number } {
  const out: TreatyDisagreement[] = [];
  let gapsFilled = 0;
  const field = (name: TreatyDisagreement['field'], before: string | null, now: string | null) => {
    if (before === null) {
      if (now !== null) gapsFilled++;
      return;
    }
    if (before !== now) out.push({ iso3, field: name, handCompiled: before, depositary: now ?? '(none)' });
  };
  if (c.att_status === 'not_participant' || c.att_status === 'unknown') {
    out.push({ iso3, field: 'participation', handCompiled: h.status, depositary: c.att_status === 'unknown' ? 'not among the participants read' : 'not in the list of participants' });
    return { disagreements: out, gapsFilled };
  }
  const status = treatyStatusOf(h.status);
  field('status', status === 'unknown' ? null : status, c.att_status);
  field('signature', h.signatureDate, c.att_signature_date);
  field('consent_date', h.consentDate, c.att_consent_date);
  field('consent_type', h.consentType, c.att_consent_type);
  const provisional = c.att_provisional_application_date !== null;
  if (h.provisionalApplication === null) gapsFilled += provisional ? 1 : 0;
  else if (h.provisionalApplication !== provisional) out.push({ iso3, field: 'provisional_application', handCompiled: String(h.provisionalApplication), depositary: c.att_provisional_application_date ?? '(none)' });
  field('entry_into_force', h.entryIntoForce, c.att_entry_into_force);
  return { disagreements: out, gapsFilled };
}

function differenceNote(ds: TreatyDisagreement[]): string {
  return `The earlier hand-compiled facts differ: ${ds.map((d) => `${d.field.replace(/_/g, ' ')} ${d.handCompiled} there`).join('; ')}.`;
}
