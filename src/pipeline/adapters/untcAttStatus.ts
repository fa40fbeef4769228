/**
 * Adapter for the UN Treaty Collection's status page of the Arms Trade Treaty (MTDSG XXVI-8), an
 * ASP.NET page saved as HTML. Read with parse5, never with patterns over the markup.
 *
 * What the page holds, and how it is read:
 * - a header "STATUS AS AT : 03-02-2026 10:16:18 EDT" (day-month-year) and "Signatories : 130.
 *   Parties : 117": the date the facts hold for, and the counts the depositary printed;
 * - one table whose first row starts "Participant" (4 cells a row): name, signature, provisional
 *   application under art. 23 (date + `n`), and the deposit of consent (date, suffixed `AA` approval,
 *   `A` acceptance, `a` accession, nothing for ratification). Blank cells are `&nbsp;`. A name may be
 *   followed by footnote digits in <sup> ("Denmark 1") and may be a link to its declarations;
 * - end notes (`div.divNotesAll`, each opening with <a name="1">1</a>) and "Declarations and
 *   Reservations" (a heading-two participant name, then content-two text).
 *
 * Every participant row, end note and declaration entry is a row read: loaded, or rejected with file,
 * line and reason. Names stay as written (footnote digits removed); the shared resolver maps them.
 */
import { decodeText } from '../kit/csv.ts';
import { RowReject } from '../kit/rowReject.ts';
import { eachRow, type RowCount } from '../kit/rows.ts';
import { attr, childElements, findAll, hasClass, lineOf, parseHtml, textOf, type HtmlElement, type HtmlNode } from '../html.ts';
import type { ConsentKind, ParsedParticipant, ParsedTreatyStatus, SourceFile, TreatyFootnote, TreatyStatusAdapter } from '../types.ts';

export const CONSENT_SUFFIXES = { '': 'ratification', A: 'acceptance', AA: 'approval', a: 'accession' } as const satisfies Record<string, ConsentKind>;
export const untcAttStatusAdapter: TreatyStatusAdapter = { id: 'untc-att-status', kind: 'treaty-status', instrument: 'ATT_STATUS', parse: parseUntcAttStatus };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const isSup = (e: HtmlElement) => e.tagName === 'sup';

export function parseUntcAttStatus(files: SourceFile[]): ParsedTreatyStatus {
  if (files.length !== 1) throw new Error(`untc-att-status: expected one file (att.html), got ${files.length}`);
  const file = files[0]!;
  const doc = parseHtml(decodeText(file.bytes, file.name));
  const { date: statusAsAt, text: statusAsAtText } = statusHeader(doc, file.name);
  const out: ParsedTreatyStatus = {
    file: file.name,
    statusAsAt,
    statusAsAtText,
    printed: printedCounts(doc),
    participants: [],
    footnotes: [],
    declarations: [],
    rejects: [],
    participantRows: 0,
    rowsRead: 0,
    rowsLoaded: 0,
  };
  const counted = (c: RowCount) => {
    out.rowsRead += c.read;
    out.rowsLoaded += c.loaded;
  };

  // End notes first: participant rows point at them.
  const notes = new Map<string, TreatyFootnote>();
  const noteDivs = findAll(doc, (e) => e.tagName === 'div' && hasClass(e, 'divNotesAll')).map((div) => ({ div, line: lineOf(div), raw: textOf(div) }));
  counted(
    eachRow(file.name, noteDivs, out.rejects, ({ div, line }) => {
      const anchor = findAll(div, (e) => e.tagName === 'a' && attr(e, 'name') !== null)[0];
      const mark = anchor ? attr(anchor, 'name')!.trim() : '';
      if (!/^\d+$/.test(mark)) throw new RowReject('footnote_without_mark', 'end note has no numbered anchor');
      if (notes.has(mark)) throw new RowReject('duplicate_footnote', `end note ${mark} is printed twice`);
      const note = { mark, text: textOf(div, { skip: (e) => e === anchor }), line };
      notes.set(mark, note);
      out.footnotes.push(note);
    }),
  );

  const rows = participantRows(doc, file.name).map((tr) => {
    const cells = childElements(tr, 'td');
    return { cells, line: lineOf(tr), raw: cells.map((c) => textOf(c)).join(' | ') };
  });
  const byName = new Map<string, ParsedParticipant>();
  out.participantRows = rows.length;
  counted(
    eachRow(file.name, rows, out.rejects, ({ cells, line }) => {
      const p = participantRow(file.name, line, cells, notes);
      const first = byName.get(p.name);
      if (first) throw new RowReject('duplicate_participant', `'${p.name}' is listed again (first on line ${first.line})`);
      byName.set(p.name, p);
      out.participants.push(p);
    }),
  );

  const entries = declarationEntries(doc).map(({ heading, body }) => {
    const participant = textOf(heading, { skip: isSup });
    // The body repeats the name in an invisible paragraph for the page's script: leave it out.
    const text = body ? textOf(body, { skip: (e) => e.tagName === 'p' && hasClass(e, 'invisible') }) : '';
    return { participant, text, line: lineOf(heading), raw: `${participant}: ${text}` };
  });
  counted(
    eachRow(file.name, entries, out.rejects, ({ participant, text, line }) => {
      if (participant === '') throw new RowReject('declaration_without_participant', 'declaration entry names no participant');
      if (text === '') throw new RowReject('empty_declaration', `declaration entry of '${participant}' has no text`);
      const p = byName.get(participant);
      if (!p) throw new RowReject('declaration_unknown_participant', `declaration entry for '${participant}', who is not in the participants table`);
      const d = { participant, text, line };
      p.declarations.push(d);
      out.declarations.push(d);
    }),
  );
  return out;
}

/** "STATUS AS AT : 03-02-2026 10:16:18 EDT" → 2026-02-03 (the page writes day-month-year). */
function statusHeader(doc: HtmlNode, file: string): { date: string; text: string } {
  const header = findAll(doc, (e) => e.tagName === 'div' && /^STATUS AS AT\b/i.test(ownText(e)))[0];
  if (!header) throw new Error(`${file}: no "STATUS AS AT" header: is this the UNTC status page?`);
  const text = textOf(header);
  const m = /^STATUS AS AT\s*:\s*(\d{2})-(\d{2})-(\d{4})\b/i.exec(text);
  const date = m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : null;
  if (!date) throw new Error(`${file}:${lineOf(header)}: cannot read the date in "${text}" (expected DD-MM-YYYY)`);
  return { date, text };
}

/** "Signatories : 130. Parties : 117" as printed, for the reconciliation of counts. */
function printedCounts(doc: HtmlNode): ParsedTreatyStatus['printed'] {
  const div = findAll(doc, (e) => e.tagName === 'div' && /^Signatories\s*:/.test(ownText(e)))[0];
  const text = div ? textOf(div) : '';
  const num = (label: string) => {
    const m = new RegExp(`${label}\\s*:\\s*(\\d+)`).exec(text);
    return m ? Number(m[1]) : null;
  };
  return { signatories: num('Signatories'), parties: num('Parties') };
}

/** Text directly inside an element (not its descendants), to find headers by what they say. */
function ownText(e: HtmlElement): string {
  return e.childNodes
    .filter((c) => c.nodeName === '#text')
    .map((c) => (c as { value: string }).value)
    .join('')
    .trim();
}

/** The data rows of the table whose first row's first cell says "Participant" (4 cells). */
function participantRows(doc: HtmlNode, file: string): HtmlElement[] {
  const rowsOf = (table: HtmlElement) =>
    childElements(table, 'tbody')
      .flatMap((b) => childElements(b, 'tr'))
      .concat(childElements(table, 'tr'));
  const table = findAll(doc, (e) => {
    if (e.tagName !== 'table') return false;
    const cell = childElements(rowsOf(e)[0] ?? e, 'td')[0];
    // The layout tables around it also start with that text: take the table whose cell holds no table.
    return cell !== undefined && findAll(cell, (c) => c.tagName === 'table').length === 0 && textOf(cell).startsWith('Participant');
  })[0];
  if (!table) throw new Error(`${file}: no participants table (a table whose first row starts "Participant")`);
  const [header, ...rows] = rowsOf(table);
  const cells = childElements(header!, 'td').length;
  if (cells !== 4) throw new Error(`${file}:${lineOf(header!)}: the participants table has ${cells} columns, expected 4 (participant, signature, provisional application, consent)`);
  return rows;
}

function participantRow(file: string, line: number, cells: HtmlElement[], notes: Map<string, TreatyFootnote>): ParsedParticipant {
  if (cells.length !== 4) throw new RowReject('bad_row_shape', `row has ${cells.length} cells, expected 4`);
  const [nameCell, sigCell, provCell, consentCell] = cells as [HtmlElement, HtmlElement, HtmlElement, HtmlElement];
  const name = textOf(nameCell, { skip: isSup });
  if (name === '') throw new RowReject('missing_name', 'participant name is empty');
  const marks = findAll(nameCell, isSup)
    .flatMap((s) => textOf(s).split(/[\s,]+/))
    .filter((m) => m !== '');
  const footnotes = marks.map((mark) => {
    const note = notes.get(mark);
    if (!note) throw new RowReject('unknown_footnote', `'${name}': footnote ${mark} has no end note`);
    return note;
  });
  const signature = dateCell(sigCell, name, 'signature', ['']);
  const provisional = dateCell(provCell, name, 'provisional application', ['n']);
  const consent = dateCell(consentCell, name, 'consent', Object.keys(CONSENT_SUFFIXES));
  if (!signature && !consent && !provisional) throw new RowReject('no_dates', `'${name}': no signature, provisional application or consent date`);
  return {
    file,
    line,
    name,
    signatureDate: signature?.date ?? null,
    provisionalApplicationDate: provisional?.date ?? null,
    consentDate: consent?.date ?? null,
    consentType: consent ? CONSENT_SUFFIXES[consent.suffix as keyof typeof CONSENT_SUFFIXES] : null,
    footnotes,
    declarations: [],
  };
}

/** A date cell, "3 Jun 2013", "29 Jul 2020 a", or blank; a suffix not in `suffixes` rejects the row. */
function dateCell(cell: HtmlElement, name: string, what: string, suffixes: string[]): { date: string; suffix: string } | null {
  const text = textOf(cell, { skip: isSup });
  if (text === '') return null;
  const m = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})(?: ([A-Za-z]{1,2}))?$/.exec(text);
  const month = m ? MONTHS.indexOf(m[2]!) + 1 : 0;
  const date = m && month > 0 ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  if (!m || !date) throw new RowReject('bad_date', `'${name}': ${what} '${text}' is not a date like "3 Jun 2013"`);
  const suffix = m[4] ?? '';
  if (!suffixes.includes(suffix)) throw new RowReject('bad_suffix', `'${name}': ${what} '${text}' has suffix '${suffix}', expected ${suffixes.map((s) => (s === '' ? 'none' : `'${s}'`)).join(' or ')}`);
  return { date, suffix };
}

/** YYYY-MM-DD for a real calendar date, or null (31 Feb is not a date). */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Declarations and Reservations: each entry is a heading-two name followed by its content-two text. */
function declarationEntries(doc: HtmlNode): { heading: HtmlElement; body: HtmlElement | undefined }[] {
  const out: { heading: HtmlElement; body: HtmlElement | undefined }[] = [];
  for (const heading of findAll(doc, (e) => e.tagName === 'div' && hasClass(e, 'heading-two'))) {
    const parent = heading.parentNode as HtmlElement | null;
    const siblings = parent ? childElements(parent) : [];
    const body = siblings.slice(siblings.indexOf(heading) + 1).find((e) => hasClass(e, 'content-two'));
    out.push({ heading, body });
  }
  return out;
}
