/**
 * Parsing of cell values. Each parser returns either a value or a reason, never a guess:
 * text in a number column, a negative figure or an ambiguous digit grouping is a reject.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reasonCode: string; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reasonCode: string, reason: string): Parsed<never> => ({ ok: false, reasonCode, reason });

/**
 * The largest figure a report can plausibly give: 10^15 (a thousand trillion, in any currency or count).
 * Above it a figure is a typing or export error, and a million such figures summed would lose
 * precision or overflow to Infinity, which the site would show as "not reported".
 */
export const MAX_AMOUNT = 1e15;

/**
 * A non-negative number as published. Empty → null (not reported). Thousands may be grouped with
 * spaces only in groups of three ("386 000"); anything else ("7 56000") is ambiguous and rejected.
 * Figures above MAX_AMOUNT are rejected as implausible.
 */
export function parseAmount(cell: string | undefined, column: string, opts: { integer?: boolean } = {}): Parsed<number | null> {
  const s = (cell ?? '').trim();
  if (s === '') return ok(null);
  let digits = s;
  if (/\s/.test(s)) {
    if (!/^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?$/.test(s)) return fail('ambiguous_number', `${column}: '${s}' has spaces that are not thousands separators, so the number is ambiguous`);
    digits = s.replace(/[ \u00a0\u202f]/g, '');
  }
  if (/^-\d/.test(digits)) return fail('negative_value', `${column}: '${s}' is negative; reported figures cannot be negative`);
  // A spreadsheet prints numbers of 10^21 and more in exponent notation.
  if (/^\d+(?:\.\d+)?e\+?\d+$/i.test(digits) && Number(digits) > MAX_AMOUNT) return implausible(s, column);
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return fail('bad_number', `${column}: '${s}' is not a number`);
  const value = Number(digits);
  if (!Number.isFinite(value) || value > MAX_AMOUNT) return implausible(s, column);
  if (opts.integer && !Number.isInteger(value)) return fail('bad_number', `${column}: '${s}' is not a whole number`);
  return ok(value);
}

function implausible(s: string, column: string): Parsed<never> {
  const shown = s.length > 40 ? `${s.slice(0, 20)}…(${s.length} characters)` : s;
  return fail('implausible_magnitude', `${column}: '${shown}' is above 10^15, which no reported figure reaches; check the source for a typing or export error`);
}

/** A four-digit calendar year within the range reports can cover. */
export function parseYear(cell: string | undefined, column = 'year'): Parsed<number> {
  const s = (cell ?? '').trim();
  if (!/^\d{4}$/.test(s)) return fail('bad_year', `${column}: '${s}' is not a four-digit year`);
  const y = Number(s);
  if (y < 1990 || y > 2100) return fail('bad_year', `${column}: ${y} is outside 1990–2100`);
  return ok(y);
}

/** An ISO date YYYY-MM-DD that exists in the calendar. */
export function parseIsoDate(cell: string | undefined, column: string): Parsed<string | null> {
  const s = (cell ?? '').trim();
  if (s === '') return ok(null);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return fail('bad_date', `${column}: '${s}' is not a date in the form YYYY-MM-DD`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return fail('bad_date', `${column}: '${s}' is not a real date`);
  return ok(s);
}

/** yes/no in the three working languages (and 1/0, true/false); empty → null. */
export function parseYesNo(cell: string | undefined, column: string): Parsed<boolean | null> {
  const s = (cell ?? '').trim().toLowerCase();
  if (s === '') return ok(null);
  if (['yes', 'y', 'oui', 'sí', 'si', 'true', '1', 'x'].includes(s)) return ok(true);
  if (['no', 'n', 'non', 'false', '0'].includes(s)) return ok(false);
  return fail('bad_flag', `${column}: '${cell}' is not yes or no`);
}

/** Trimmed text, empty → null. Text is kept as written: it is rendered as text, never as HTML. */
export function textOrNull(cell: string | undefined): string | null {
  const s = (cell ?? '').trim();
  return s === '' ? null : s;
}
