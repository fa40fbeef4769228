/**
 * One page of the register: a row per reported fact. Text from the sources (names, descriptions,
 * comments, file names) is shown as text in <bdi>, never as HTML. For UN Register and ATT-format
 * facts, the last column gives the other side's report of the same transfer.
 */
import { formatNumber, t, type Lang } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import type { Row } from '../db/results.ts';
import { MIRRORED_SCHEMES } from '../queries/register.ts';
import { basisLabel } from '../ui/labels.ts';
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
  const figure = (r: Row) => {
    const parts: string[] = [];
    if (r.items !== null) parts.push(s('items', { n: formatNumber(lang, r.items as number) }));
    else if (r.items_as_written) parts.push(s('itemsAsWritten', { text: String(r.items_as_written) }));
    if (r.value !== null) parts.push(`${formatNumber(lang, r.value as number)} ${(r.currency as string | null) ?? ''}`.trim());
    if (r.licences !== null) parts.push(s('licences', { n: formatNumber(lang, r.licences as number) }));
    return parts.join(' · ') || '–';
  };
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
              <td data-label={s('colCategoryBoth')} className="register-category">
                <bdi>{`${r.category_scheme} ${r.category_code}${r.category_label ? ` — ${r.category_label}` : ''}`}</bdi>
                <br />
                <span className="small muted">{`${s('colAtt')}: ${r.att_category ? `${r.att_category}${r.att_label && r.att_label !== r.category_label ? ` — ${r.att_label}` : ''}` : '–'}`}</span>
              </td>
              <td data-label={s('colFigure')} className="num">
                {figure(r)}
                <br />
                <span className="small muted">{basisLabel(lang, String(r.basis))}</span>
              </td>
              <td data-label={s('colOtherSide')} className="register-other">
                {other(r)}
              </td>
              <td data-label={s('colDescription')} className="register-description">
                <bdi dir="auto">{[r.description, r.comments].filter((x) => x !== null && x !== '').join(' — ')}</bdi>
              </td>
              <td data-label={s('colSource')}>
                {s('reportedByState', { state: labels.state(r.reporter_iso3 as string | null) })}
                <br />
                <abbr className="mono" title={labels.source(String(r.source_id))}>
                  {String(r.source_id)}
                </abbr>
                <br />
                <bdi className="mono">{s('fileLine', { file: String(r.source_file), line: String(r.source_line) })}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
