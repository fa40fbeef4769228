/**
 * The flows chart: the Sankey model (src/specs/flowSankey.ts) drawn as SVG elements by React (no
 * HTML text, no inline styles), one band per flow. A band of one flow is a button: click, Enter or
 * Space selects the flow. SVG and PNG downloads carry title, unit, source and the page's address.
 */
import { useMemo, useRef } from 'react';
import { PALETTE } from '../charts/palette.ts';
import { t, type Lang } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import type { FlowKey } from '../queries/flowsState.ts';
import { NOT_STATED, OTHERS, sankeyModel, type FlowInput } from '../specs/flowSankey.ts';
import { ChartDownloads } from './ChartDownloads.tsx';
import type { FlowLabels } from './flowsFormat.ts';

interface Props {
  lang: Lang;
  rows: readonly FlowInput[];
  top: number;
  width: number;
  title: string;
  meta: string[];
  labels: FlowLabels;
  selected: FlowKey | null;
  onSelect: (k: FlowKey) => void;
  fileBase: string;
}

const OTHERS_COLOR = '#8c959f';
const isState = (k: string) => k !== OTHERS;
const iso = (k: string) => (k === NOT_STATED ? null : k);

export function FlowChart({ lang, rows, top, width, title, meta, labels, selected, onSelect, fileBase }: Props) {
  const s = (k: keyof typeof strings, v?: Record<string, string | number>) => t(lang, strings, k, v);
  const svgRef = useRef<SVGSVGElement>(null);
  const narrow = width < 560;
  const model = useMemo(() => sankeyModel(rows, { width, top, labelWidth: narrow ? Math.round(width * 0.3) : 170, rowHeight: narrow ? 30 : 34 }), [rows, width, top, narrow]);
  const colorOf = useMemo(() => {
    const exporters = model.nodes.filter((n) => n.side === 'exporter' && n.key !== OTHERS).map((n) => n.key);
    return (k: string) => (k === OTHERS ? OTHERS_COLOR : PALETTE[exporters.indexOf(k) % PALETTE.length]!);
  }, [model]);
  const largest = [...rows].slice(0, 3).map((r) => s('flowLabel', { exporter: labels.state(r.exporter), importer: labels.state(r.importer), amount: labels.amount(r.amount) }));
  const alt = s('chartAlt', { flows: rows.length, total: labels.total(model.total), largest: largest.join('; ') });
  // Labels are cut to fit their side: the full name is in the band's and the node's title.
  const maxChars = Math.max(6, Math.floor((model.left - 8) / 6.4));
  const cut = (text: string) => (text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text);
  return (
    <figure className="chart-frame flows-chart" aria-labelledby="flows-chart-title">
      <figcaption>
        <h3 className="chart-title" id="flows-chart-title">
          {title}
        </h3>
        <p className="chart-meta">{meta.join(' ')}</p>
      </figcaption>
      <div className="chart-svg">
        <svg
          ref={svgRef}
          xmlns="http://www.w3.org/2000/svg"
          viewBox={`0 0 ${model.width} ${model.height + 4}`}
          width={model.width}
          height={model.height + 4}
          role="group"
          aria-label={title}
          aria-describedby="flows-chart-alt"
          fontSize={11}
          fontFamily="system-ui, sans-serif"
        >
          <g>
            {model.links.map((l) => {
              const one = isState(l.exporter) && isState(l.importer);
              const key = { exporter: iso(l.exporter), importer: iso(l.importer) };
              const label = `${s('flowLabel', { exporter: labels.node(l.exporter), importer: labels.node(l.importer), amount: labels.amount(l.amount) })}${one ? '' : ` (${s('flowsOfOthers', { n: l.flows })})`}`;
              const isSelected = one && selected !== null && selected.exporter === key.exporter && selected.importer === key.importer;
              return (
                <path
                  key={`${l.exporter}>${l.importer}`}
                  d={l.path}
                  fill="none"
                  stroke={colorOf(l.exporter)}
                  strokeWidth={l.width}
                  className={`flows-band${one ? ' is-flow' : ''}${isSelected ? ' is-selected' : ''}`}
                  data-flow={one ? `${l.exporter}>${l.importer}` : undefined}
                  {...(one
                    ? {
                        role: 'button',
                        tabIndex: 0,
                        'aria-label': label,
                        'aria-pressed': isSelected,
                        onClick: () => onSelect(key),
                        onKeyDown: (e: React.KeyboardEvent) => {
                          if (e.key === 'Enter' || e.key === ' ') {
                            e.preventDefault();
                            onSelect(key);
                          }
                        },
                      }
                    : {})}
                >
                  <title>{label}</title>
                </path>
              );
            })}
          </g>
          <g>
            {model.nodes.map((n) => (
              <g key={`${n.side}-${n.key}`}>
                <rect x={n.x} y={n.y} width={10} height={n.height} fill={n.side === 'exporter' ? colorOf(n.key) : '#4f5863'}>
                  <title>{`${labels.node(n.key)}: ${labels.amount(n.total)}`}</title>
                </rect>
                <text x={n.side === 'exporter' ? n.x - 4 : n.x + 14} y={n.y + n.height / 2} dy="0.35em" textAnchor={n.side === 'exporter' ? 'end' : 'start'} fill="#1b1f24">
                  {cut(labels.node(n.key))}
                </text>
              </g>
            ))}
          </g>
        </svg>
      </div>
      <p className="small muted">{s('chartNote', { top })}</p>
      <p className="chart-alt" id="flows-chart-alt">
        {alt}
      </p>
      <ChartDownloads lang={lang} fileBase={fileBase} drawing={() => svgRef.current} title={title} footer={meta} />
    </figure>
  );
}
