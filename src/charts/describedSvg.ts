/**
 * Points a drawing at the paragraph that describes it (`aria-describedby`), for SVG markup made by
 * our chart functions (which always start with `<svg `). Used by ChartFrame for the drawings it
 * inlines and by the phone drawings written as files, so both carry the same reference.
 */
export function describedSvg(markup: string, altId: string): string {
  return markup.replace(/^<svg /, `<svg aria-describedby="${altId}" `);
}
