/**
 * Adapter for UK strategic export licence decisions (SIELs) as compiled by Campaign Against Arms
 * Trade: values.csv (one row per licence and rating), ratings.csv (the control-list ratings) and
 * refusal-criteria.csv (the criteria cited for each refused licence).
 *
 * Each values.csv row is one fact: the United Kingdom's licence decision for one destination and
 * rating, authorized or refused, with the licence count and the value in GBP. Ratings ML1–ML22 are
 * EU Military List categories (their labels come from the reference list); every other rating is a
 * UK category defined by ratings.csv. Rows of all three files count towards rows read.
 */
import type { CategoryRow } from '../../schema/categories.ts';
import type { CategoryScheme } from '../../schema/codes.ts';
import { canonicalCategoryCode } from '../../reference/categoryLookup.ts';
import { decodeText, parseCsv, type CsvRecord } from '../kit/csv.ts';
import { checkWidth, readHeader, type Table } from '../kit/header.ts';
import { need, rejectOf, RowReject } from '../kit/rowReject.ts';
import { eachRow } from '../kit/rows.ts';
import type { ParsedFact, ParsedSource, Reject, SourceFile, TransferAdapter } from '../types.ts';
import { parseAmount, parseIsoDate, parseYear, textOrNull } from '../kit/values.ts';

export const UK_FILES = { values: 'values.csv', ratings: 'ratings.csv', criteria: 'refusal-criteria.csv' } as const;
const VALUES_HEADER = ['licence_group', 'date', 'rating', 'count', 'value', 'country', 'refused'] as const;
const RATINGS_HEADER = ['rating', 'military', 'short_description', 'full_description'] as const;
const CRITERIA_HEADER = ['licence_group', 'criteria', 'description'] as const;

const REPORTER = 'United Kingdom';
export const UK_CROSSWALK_NOTE = 'UK control-list rating; no ATT equivalent';

export const ukSielAdapter: TransferAdapter = {
  id: 'uk-siel',
  instrument: 'UK_SIEL',
  parse(files) {
    return parseUkSiel(files);
  },
};

/** A rating names the ML scheme when it starts with "ML", whatever its case or spacing. */
export function ratingScheme(rating: string): { scheme: CategoryScheme; code: string; asWritten: string | null } {
  const s = rating.trim();
  if (!/^ml/i.test(s)) return { scheme: 'UK', code: s, asWritten: null };
  // "ML10", "ml10", "ML 10", "ML010"; sub-items ("ML10a", "ML10.a", "ML10.a.1") belong to their entry ML10.
  const m = /^ml\s*0*(\d{1,2})(?:\s*\.?\s*([a-z](?:\.?\d+)?))?$/i.exec(s);
  const n = m ? Number(m[1]) : NaN;
  if (!m || n < 1 || n > 22) return { scheme: 'ML', code: s.toUpperCase(), asWritten: null };
  return { scheme: 'ML', code: canonicalCategoryCode('ML', `ML${n}`), asWritten: m[2] ? s : null };
}

function findFile(files: SourceFile[], name: string): SourceFile {
  const f = files.find((x) => x.name === name || x.name.endsWith(`/${name}`));
  if (!f) throw new Error(`uk-siel: ${name} is missing (received: ${files.map((x) => x.name).join(', ') || 'no files'})`);
  return f;
}

function readTable(file: SourceFile, header: readonly string[]): Table {
  return readHeader(parseCsv(decodeText(file.bytes), file.name, ','), header, file.name);
}

export function parseUkSiel(files: SourceFile[]): ParsedSource {
  const valuesFile = findFile(files, UK_FILES.values);
  const ratingsFile = findFile(files, UK_FILES.ratings);
  const criteriaFile = findFile(files, UK_FILES.criteria);
  const rejects: Reject[] = [];
  let rowsRead = 0;

  const each = (file: SourceFile, header: readonly string[], f: (get: (c: string) => string, row: CsvRecord) => void) => {
    const t = readTable(file, header);
    rowsRead += eachRow(file.name, t.rows, rejects, (row) => {
      checkWidth(row, t.width);
      f((c) => row.fields[t.index.get(c)!] ?? '', row);
    }).read;
  };

  // Ratings: every rating that is not an ML entry becomes a UK category.
  const categories: CategoryRow[] = [];
  const ratingSeen = new Set<string>();
  each(ratingsFile, RATINGS_HEADER, (get) => {
    const rating = get('rating').trim();
    if (rating === '') throw new RowReject('missing_rating', 'rating is empty');
    if (!['0', '1'].includes(get('military').trim())) throw new RowReject('bad_flag', `military: '${get('military')}' is not 0 or 1`);
    if (ratingSeen.has(rating)) throw new RowReject('duplicate_rating', `rating '${rating}' is listed twice`);
    ratingSeen.add(rating);
    if (ratingScheme(rating).scheme === 'ML')
      throw new RowReject('ml_rating_from_reference', `'${rating}' is an EU Military List entry; ML categories and their labels come from the reference list, not from ratings.csv`);
    const label = textOrNull(get('short_description')) ?? textOrNull(get('full_description'));
    categories.push({
      scheme: 'UK',
      code: rating,
      parent_code: null,
      // The source has English only; there is no official French or Spanish wording to give.
      label_en: label ?? rating,
      label_fr: label ?? rating,
      label_es: label ?? rating,
      att_category: null,
      att_match: 'none',
      crosswalk_note: label ? UK_CROSSWALK_NOTE : `${UK_CROSSWALK_NOTE}; the source gives no description`,
      sort_order: categories.length + 1,
    });
  });

  // Refusal criteria, read before the values so that refused facts can cite them.
  const criteriaByGroup = new Map<string, Set<number>>();
  const criteriaRows: { group: string; row: CsvRecord }[] = [];
  each(criteriaFile, CRITERIA_HEADER, (get, row) => {
    const group = get('licence_group').trim();
    if (group === '') throw new RowReject('missing_licence_group', 'licence_group is empty');
    const c = get('criteria').trim();
    if (!/^[1-8]$/.test(c)) throw new RowReject('bad_criteria', `criteria: '${c}' is not a criterion number from 1 to 8`);
    criteriaRows.push({ group, row });
    let set = criteriaByGroup.get(group);
    if (!set) criteriaByGroup.set(group, (set = new Set()));
    set.add(Number(c));
  });

  // Values: one fact per row.
  const facts: ParsedFact[] = [];
  const groups = new Map<string, { loadedRefused: boolean; loadedAny: boolean }>();
  each(valuesFile, VALUES_HEADER, (get, row) => {
    const group = get('licence_group').trim();
    const g = groups.get(group) ?? { loadedRefused: false, loadedAny: false };
    groups.set(group, g);
    if (group === '') throw new RowReject('missing_licence_group', 'licence_group is empty');
    const decisionDate = need(parseIsoDate(get('date'), 'date'));
    if (decisionDate === null) throw new RowReject('bad_date', 'date is empty');
    const year = need(parseYear(decisionDate.slice(0, 4), 'date'));
    const rating = get('rating').trim();
    if (rating === '') throw new RowReject('missing_rating', 'rating is empty');
    const licences = need(parseAmount(get('count'), 'count', { integer: true }));
    const value = need(parseAmount(get('value'), 'value'));
    const partner = textOrNull(get('country'));
    if (partner === null) throw new RowReject('missing_partner', 'country is empty');
    const refused = get('refused').trim();
    if (refused !== '0' && refused !== '1') throw new RowReject('bad_flag', `refused: '${get('refused')}' is not 0 or 1`);
    const { scheme, code, asWritten } = ratingScheme(rating);
    const notes: string[] = [];
    const criteria = refused === '1' ? criteriaByGroup.get(group) : undefined;
    if (criteria) notes.push(`Refusal criteria: ${[...criteria].sort((a, b) => a - b).join(', ')}`);
    if (asWritten) notes.push(`rating as written: ${asWritten}`);
    facts.push({
      file: valuesFile.name,
      line: row.line,
      reportKey: `${REPORTER}|${year}`,
      reporterName: REPORTER,
      year,
      direction: 'export',
      partnerName: partner,
      categoryScheme: scheme,
      categoryCode: code,
      basis: refused === '1' ? 'refused' : 'authorized',
      licences,
      items: null,
      value,
      // Refused licences carry no value in the source; a currency without a value would say nothing.
      currency: value === null ? null : 'GBP',
      decisionDate,
      originName: null,
      intermediate: null,
      description: null,
      comments: notes.length ? notes.join('; ') : null,
    });
    g.loadedAny = true;
    if (refused === '1') g.loadedRefused = true;
  });

  // A criteria row is loaded when it annotates a loaded refused licence.
  for (const { group, row } of criteriaRows) {
    const g = groups.get(group);
    let reject: RowReject | null = null;
    if (!g) reject = new RowReject('orphan_refusal_criteria', `licence_group ${group} has no row in ${UK_FILES.values}`);
    else if (!g.loadedAny) reject = new RowReject('refusal_criteria_of_rejected_licence', `every row of licence_group ${group} in ${UK_FILES.values} was rejected`);
    else if (!g.loadedRefused) reject = new RowReject('refusal_criteria_of_granted_licence', `licence_group ${group} is not refused in ${UK_FILES.values}, yet refusal criteria are listed for it`);
    if (reject) rejects.push(rejectOf(criteriaFile.name, row, reject));
  }

  return { facts, totals: [], reports: [], rejects, rowsRead, rowsLoaded: rowsRead - rejects.length, categories };
}
