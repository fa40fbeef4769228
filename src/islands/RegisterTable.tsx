/**
 * One page of the register: a row per reported fact. Text from the sources (names, descriptions,
 * comments, file names) is shown as text in <bdi>, never as HTML. For UN Register and ATT-format
 * facts, the last column gives the other side's report of the same transfer.
 */
import { formatNumber, t, type Lang } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import type { Row } from '../db/results.ts';
import { MIRRORED_SCHEMES } from '../queries/register.ts';
import { FactCategoryCell, FactFigureCell, FactProvenanceCell } from './FactCells.tsx';
import type { FlowLabels } from './flowsFormat.ts';

interface Props {
  lang: Lang;
  rows: readonly Row[];
  labels: FlowLabels;
  caption: string;
}

const MIRRORED = new Set<string>(MIRRORED_SCHEMES);

export function RegisterTable({ lang, rows, labels, caption }: Props) {
  const s = (k: keyof typeof strings, v?: Record<string, string | number>) => t(lang, strings, k, v);
  const other = (r: Row) => {
    if (!MIRRORED.has(String(r.category_scheme))) return '';
    // The other side is the importer when this row is the exporter's report, and the reverse.
    const side = s(r.direction === 'export' ? 'sideImporter' : 'sideExporter');
    if (r.other_facts === null) return s(r.other_reported ? 'otherSideNone' : 'otherSideNoReport', { side });
    const items = r.other_items === null ? '–' : s('items', { n: formatNumber(lang, r.other_items as number) });
    const text = (r.other_items_text as number) > 0 ? ` · ${s('otherSideText', { n: r.other_items_text as number })}` : '';
    return `${s('otherSide', { side, items, facts: formatNumber(lang, r.other_facts as number) })}${text}`;
  };
  return (
    <div className="table-scroll" role="region" aria-labelledby="register-caption" tabIndex={0}>
      <table className="result-table register-table">
        <caption id="register-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s('colSupplier')}</th>
            <th scope="col">{s('colRecipient')}</th>
            <th scope="col">{s('colYear')}</th>
            <th scope="col">{s('colCategoryBoth')}</th>
            <th scope="col" className="num">
              {s('colFigure')}
            </th>
            <th scope="col">{s('colOtherSide')}</th>
            <th scope="col">{s('colDescription')}</th>
            <th scope="col">{s('colSource')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r.transfer_id)} data-transfer-id={r.transfer_id as number}>
              <td data-label={s('colSupplier')}>{labels.state(r.supplier as string | null)}</td>
              <td data-label={s('colRecipient')}>{labels.state(r.recipient as string | null)}</td>
              <td data-label={s('colYear')}>{String(r.year)}</td>
              <FactCategoryCell lang={lang} row={r} header={s('colCategoryBoth')} att />
              <FactFigureCell lang={lang} row={r} header={s('colFigure')} basis />
              <td data-label={s('colOtherSide')} className="register-other">
                {other(r)}
              </td>
              <td data-label={s('colDescription')} className="register-description">
                <bdi dir="auto">{[r.description, r.comments].filter((x) => x !== null && x !== '').join(' — ')}</bdi>
              </td>
              <FactProvenanceCell lang={lang} row={r} header={s('colSource')} origin={{ reporter: labels.state(r.reporter_iso3 as string | null), source: labels.source(String(r.source_id)) }} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
