/**
 * A chosen span of years as a reader writes it: "2014" for one year (never "2014–2014"), "2010–2014",
 * and an open end as "…" ("2010–…"); empty when neither end is set.
 */
export function formatYearSpan(from: number | null, to: number | null): string {
  if (from === null && to === null) return '';
  if (from === to) return String(from);
  return `${from ?? '…'}–${to ?? '…'}`;
}
