/**
 * One chart panel in the page: the Plot drawing (made in the browser, appended as a DOM node, never
 * as HTML text), its title, unit and source in the caption, a legend, and the text alternative.
 * Redraws when its container changes width.
 */
import { useEffect, useRef } from 'react';
import type { ExploreChartKind } from '../charts/exploreChart.ts';
import type { ChartPanel } from '../charts/exploreChartData.ts';
import { colorsFor } from '../charts/palette.ts';
import { attachReadout } from '../charts/pointReadout.ts';
import type { CoverageBands } from '../charts/coverageBands.ts';
import { chartClarity } from '../i18n/strings/chartClarity.ts';
import { t, type Lang } from '../i18n/index.ts';
import { ChartDownloads } from './ChartDownloads.tsx';
import { useWidth } from './useWidth.ts';

interface Props {
  id: string;
  lang: Lang;
  panel: ChartPanel;
  kind: ExploreChartKind;
  xIsYear: boolean;
  title: string;
  yLabel: string;
  /** "Unit: …" and "Source: …" lines. */
  meta: string[];
  alt: string;
  note?: string;
  /** Base of the SVG and PNG file names; no download buttons without it. */
  fileBase?: string;
  /** Extra lines under the chart in the downloaded files (e.g. "data as of"). */
  fileFooter?: string[];
  /** Years a source of the chart does not cover (hatched) and the note that says so. */
  coverage?: { bands: CoverageBands; note: string } | null;
}

export function ChartView({ id, lang, panel, kind, xIsYear, title, yLabel, meta, alt, note, fileBase, fileFooter = [], coverage }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLParagraphElement>(null);
  const width = useWidth(box);
  useEffect(() => {
    const el = box.current;
    if (!el || width < 50) return;
    const draw = (exploreChart: typeof import('../charts/exploreChart.ts').exploreChart): (() => void) | undefined => {
      try {
        const node = exploreChart(panel, { kind, width: Math.min(width, 1100), lang, document, ariaLabel: title, xIsYear, yLabel, coverage: coverage?.bands });
        node.setAttribute('aria-describedby', `${id}-alt`);
        el.replaceChildren(node);
        // The tooltip lives with the drawing (both made here, outside React's tree).
        const tip = document.createElement('div');
        tip.className = 'chart-tooltip';
        tip.hidden = true;
        tip.setAttribute('aria-hidden', 'true');
        el.append(tip);
        if (live.current) return attachReadout({ box: el, live: live.current, tip, label: title });
      } catch (e) {
        // A drawing bug must not take the table and downloads down with it; it is still reported.
        console.error(e);
        el.replaceChildren();
        el.textContent = e instanceof Error ? e.message : String(e);
      }
      return undefined;
    };
    // Drawn just after the next paint (a drawing takes tens of ms): the figures of a new result,
    // in the table beside it, reach the screen first. The drawing code (Observable Plot and d3,
    // the page's largest script) is loaded then too, so the island hydrates without it.
    // `data-drawing`: `pending` while a drawing is scheduled, `done` once made (`error` if the
    // drawing code did not load), absent before the box has a width (tests wait on it:
    // tests/e2e/queryHelpers.ts waitForRuns).
    let undo: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = true;
    el.dataset.drawing = 'pending';
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        import('../charts/exploreChart.ts').then(
          (m) => {
            if (!current) return;
            undo = draw(m.exploreChart);
            el.dataset.drawing = 'done';
          },
          (e: unknown) => {
            if (!current) return;
            el.textContent = e instanceof Error ? e.message : String(e);
            el.dataset.drawing = 'error';
          },
        );
      }, 0);
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      // A drawing given up (new figures, or the box hidden) is no longer awaited.
      if (el.dataset.drawing === 'pending') delete el.dataset.drawing;
      undo?.();
    };
  }, [panel, kind, width, lang, title, xIsYear, yLabel, id, coverage]);
  const colors = colorsFor(panel.series);
  // A single series is named too (e.g. the one reporter chosen), unless it has no name.
  const legend = kind !== 'multiples' && (panel.series.length > 1 || (panel.series.length === 1 && panel.series[0] !== ''));
  return (
    <figure className="chart-frame explore-chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 className="chart-title" id={`${id}-title`}>
          {title}
        </h3>
        <p className="chart-meta">{meta.join(' ')}</p>
      </figcaption>
      {legend && (
        <ul className="chart-legend">
          {panel.series.map((s) => (
            <li key={s}>
              <svg className="swatch" aria-hidden="true">
                <rect width="99" height="99" fill={colors.get(s)} />
              </svg>{' '}
              {s}
            </li>
          ))}
        </ul>
      )}
      {coverage && (
        // The key of the hatched years, beside the series' legend (not one of the series).
        <div className="chart-legend">
          <span className="legend-not-covered">
            <span className="swatch swatch-not-covered" aria-hidden="true" /> {coverage.bands.label}
          </span>
        </div>
      )}
      <div className="chart-svg" ref={box} data-chart-box />
      <p className="chart-readout small" ref={live} aria-live="polite">
        {t(lang, chartClarity, 'readoutHint')}
      </p>
      {note && <p className="small muted">{note}</p>}
      {coverage && (
        <p className="small muted chart-coverage" data-not-covered={coverage.bands.years.join(',')}>
          {coverage.note}
        </p>
      )}
      <p className="chart-alt" id={`${id}-alt`}>
        {alt}
      </p>
      {fileBase && (
        <ChartDownloads
          lang={lang}
          fileBase={fileBase}
          drawing={() => box.current?.querySelector('svg')}
          title={title}
          legend={legend ? panel.series.map((s) => ({ label: s, color: colors.get(s)! })) : []}
          footer={[...meta, ...(coverage ? [coverage.note] : []), ...fileFooter]}
        />
      )}
    </figure>
  );
}
