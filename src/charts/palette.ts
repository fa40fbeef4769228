/**
 * Series colours: ten categorical colours dark enough to keep 3:1 contrast against white
 * (WCAG 1.4.11 for graphical objects), assigned in series order so a series keeps its colour
 * between the chart, its legend and its table.
 */
export const PALETTE = ['#1f5fa8', '#c23b22', '#2a7d2e', '#7b4bb0', '#8a5a00', '#0b7f8a', '#b03a7f', '#5d6670', '#6f7a00', '#d15400'] as const;

/** Fallback colour for "other" and for a single series. */
export const NEUTRAL = '#1f5fa8';

export function colorsFor(series: readonly string[]): Map<string, string> {
  return new Map(series.map((s, i) => [s, PALETTE[i % PALETTE.length]!]));
}
