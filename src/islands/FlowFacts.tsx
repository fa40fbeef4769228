/**
 * The facts behind one flow: how many and their figure added up (which equals the flows table's
 * row), then the facts themselves, a page at a time, each with its source file and line, and a CSV
 * of all of them through the project's CSV writer.
 */
import { useMemo, useState } from 'react';
import { rowsOf } from '../db/results.ts';
import { runQuery } from '../db/run.ts';
import { formatNumber, type Lang, t } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import { FACT_COLUMNS, flowFactsQuery, flowFactsSummaryQuery } from '../queries/flows.ts';
import type { FlowKey, FlowsState } from '../queries/flowsState.ts';
import { basisLabel } from '../ui/labels.ts';
import { downloadCsv } from './csvDownload.ts';
import { FactCategoryCell, FactFigureCell, FactProvenanceCell } from './FactCells.tsx';
import type { FlowLabels } from './flowsFormat.ts';
import { useQueryRows } from './useQueryRows.ts';

const PAGE = 50;
const ALL_FACTS = 1_000_000;

interface Props {
  lang: Lang;
  state: FlowsState;
  flow: FlowKey;
  labels: FlowLabels;
  onClose: () => void;
}

export function FlowFacts({ lang, state, flow, labels, onClose }: Props) {
  const s = (k: keyof typeof strings, v?: Record<string, string | number>) => t(lang, strings, k, v);
  const [offset, setOffset] = useState(0);
  const summary = useQueryRows(useMemo(() => flowFactsSummaryQuery(state, flow), [state, flow]));
  const facts = useQueryRows(useMemo(() => flowFactsQuery(state, flow, lang, PAGE, offset), [state, flow, lang, offset]));
  const total = (summary.rows[0]?.facts as number | undefined) ?? 0;
  const amount = (summary.rows[0]?.amount as number | null | undefined) ?? null;
  const name = labels.flow(flow);
  const csv = async () => {
    const r = await runQuery(flowFactsQuery(state, flow, lang, ALL_FACTS, 0));
    const header = [...FACT_COLUMNS, 'category_label'];
    const rows = rowsOf(r.table).map((row) => header.map((c) => row[c] as string | number | null));
    downloadCsv(`att-flow-${flow.exporter ?? 'none'}-${flow.importer ?? 'none'}.csv`, header, rows);
  };
  return (
    <section
      className="flow-facts"
      aria-labelledby="flow-facts-heading"
      data-flow={`${flow.exporter ?? '-'}>${flow.importer ?? '-'}`}
      data-runs={facts.runs + summary.runs}
      data-result-state={facts.running || summary.running || facts.runs === 0 || summary.runs === 0 ? 'pending' : facts.error || summary.error ? 'error' : 'done'}
      tabIndex={-1}
      id="flow-facts"
    >
      <h3 id="flow-facts-heading">{s('factsHeading', { flow: name })}</h3>
      <p>
        <button type="button" className="button-secondary" onClick={onClose}>
          {s('closeFacts')}
        </button>{' '}
        <button type="button" className="button-secondary" onClick={() => void csv()} data-download="facts-csv">
          {s('downloadFactsCsv')}
        </button>
      </p>
      {(facts.error || summary.error) && (
        <p role="alert" className="error-text">
          {facts.error ?? summary.error}
        </p>
      )}
      {summary.runs > 0 && (
        <p data-facts-total={total} data-facts-amount={amount ?? ''}>
          {s('factsSummary', { facts: formatNumber(lang, total), amount: labels.amount(amount) })} {s('factsSource', { source: labels.source(state.source) })}
        </p>
      )}
      <div className="table-scroll" role="region" aria-labelledby="flow-facts-caption" tabIndex={0}>
        <table className="result-table flow-facts-table">
          <caption id="flow-facts-caption">{s('factsShown', { from: total ? offset + 1 : 0, to: Math.min(offset + PAGE, total), n: total })}</caption>
          <thead>
            <tr>
              <th scope="col">{s('colYear')}</th>
              <th scope="col">{s('colReporter')}</th>
              <th scope="col">{s('colCategory')}</th>
              <th scope="col">{s('colBasis')}</th>
              <th scope="col" className="num">
                {s('colFigure')}
              </th>
              <th scope="col">{s('colDescription')}</th>
              <th scope="col">{s('colProvenance')}</th>
            </tr>
          </thead>
          <tbody>
            {facts.rows.map((r) => (
              <tr key={String(r.transfer_id)} data-transfer-id={r.transfer_id as number} data-amount={(state.measure === 'facts' ? 1 : (r[state.measure] as number | null)) ?? ''}>
                <td data-label={s('colYear')}>{String(r.year)}</td>
                <td data-label={s('colReporter')}>
                  <bdi>{String(r.reporter_name)}</bdi>
                </td>
                <FactCategoryCell lang={lang} row={r} header={s('colCategory')} />
                <td data-label={s('colBasis')}>{basisLabel(lang, String(r.basis))}</td>
                <FactFigureCell lang={lang} row={r} header={s('colFigure')} />
                <td data-label={s('colDescription')}>
                  <bdi dir="auto">{(r.description as string | null) ?? ''}</bdi>
                </td>
                <FactProvenanceCell lang={lang} row={r} header={s('colProvenance')} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > PAGE && (
        <p className="button-row">
          <button type="button" className="button-secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {s('previous')}
          </button>
          <button type="button" className="button-secondary" disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>
            {s('next')}
          </button>
        </p>
      )}
    </section>
  );
}
