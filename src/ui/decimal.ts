/**
 * Scores and weights as the reader's language writes them. A barometer score is printed with one
 * decimal everywhere (ranking table, bar labels, chart table), so "15,1" in the chart is "15,1" in
 * the ranking; weights are read back from text in the language's style ("1,5" in French and Spanish,
 * "1.5" in English), since an <input type="number"> shows the browser's locale, not the page's.
 */
import { formatNumber, type Lang } from '../i18n/index.ts';

/** A barometer score (0 to the maximum points) with exactly one decimal: "15.1", "15,1". */
export function formatScore(lang: Lang, v: number): string {
  return formatNumber(lang, v, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** A decimal number for an editable field: no grouping, up to two decimals ("1,5" in French). */
export function formatDecimal(lang: Lang, v: number): string {
  return formatNumber(lang, v, { maximumFractionDigits: 2, useGrouping: false });
}

/**
 * The number a reader typed, or null when it is not one. The language's decimal separator is
 * accepted, and so is a point in any language (the key pads of phones offer one); spaces are ignored.
 * A comma in English is a grouping separator, not a decimal one, so "1,5" is not a number there.
 */
export function parseDecimal(lang: Lang, text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  const normal = lang === 'en' ? s : s.replace(',', '.');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normal)) return null;
  const v = Number(normal);
  return Number.isFinite(v) ? v : null;
}
