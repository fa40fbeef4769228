/**
 * The legend's key for years a source does not cover: the hatch of the chart's bands
 * (src/charts/coverageBands.ts), drawn with attributes only (the CSP allows no inline styles).
 */
export function HatchSwatch({ id }: { id: string }) {
  return (
    <svg className="swatch" aria-hidden="true">
      <defs>
        <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#f4f6f8" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#b9c0c8" strokeWidth="2" />
        </pattern>
      </defs>
      <rect width="99" height="99" fill={`url(#${id})`} stroke="#b9c0c8" />
    </svg>
  );
}
