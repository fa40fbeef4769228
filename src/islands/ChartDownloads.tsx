/**
 * The SVG and PNG downloads under a chart or map drawn in the page: the drawing framed as a file
 * that stands on its own (title, legend, footer lines and the page's address, src/charts/exportSvg.ts),
 * and a message beside the buttons when it cannot be made.
 */
import { useState } from 'react';
import { exportChart, svgToPng } from '../charts/exportImage.ts';
import type { ExportMeta } from '../charts/exportSvg.ts';
import { t, type Lang } from '../i18n/index.ts';
import { share } from '../i18n/strings/share.ts';
import { download } from '../ui/download.ts';

interface Props {
  lang: Lang;
  /** File name without its extension. */
  fileBase: string;
  /** The drawn chart, read when a button is pressed (null before it is drawn). */
  drawing: () => SVGSVGElement | null | undefined;
  title: string;
  legend?: ExportMeta['legend'];
  /** Lines under the chart in the file (unit, source, notes); the page's address is added last. */
  footer: readonly string[];
}

export function ChartDownloads({ lang, fileBase, drawing, title, legend = [], footer }: Props) {
  const [error, setError] = useState<string | null>(null);
  const save = async (kind: 'svg' | 'png') => {
    try {
      setError(null);
      const svg = drawing();
      if (!svg) throw new Error('no chart drawn yet');
      const f = exportChart(svg, { title, legend, footer: [...footer, window.location.href] });
      if (kind === 'svg') download(`${fileBase}.svg`, f.svg, 'image/svg+xml');
      else download(`${fileBase}.png`, await svgToPng(f), 'image/png');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <p className="chart-exports small">
      <button type="button" className="link-button" data-download="svg" onClick={() => void save('svg')}>
        {t(lang, share, 'downloadSvg')}
      </button>
      {' · '}
      <button type="button" className="link-button" data-download="png" onClick={() => void save('png')}>
        {t(lang, share, 'downloadPng')}
      </button>
      {error && (
        <span role="alert" className="error-text">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
