/**
 * The cells of one reported fact, the same in the flows view's list of a flow's facts and in the
 * trade register: its category (in its own scheme, with its name; the ATT category below where
 * asked), its figure with units (the basis below where asked) and where it comes from (the source's
 * file and line; the reporting State and source above where asked). Text from the sources is shown
 * as text in <bdi>, never as HTML.
 */
import type { Row } from '../db/results.ts';
import { formatNumber, t, type Lang } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import { basisLabel, categoryName } from '../ui/labels.ts';

/** Value with its currency, items (or their text as written) and licences, whichever the fact has. */
export function factFigure(lang: Lang, r: Row): string {
  const s = (k: keyof typeof strings, v: Record<string, string | number>) => t(lang, strings, k, v);
  const parts: string[] = [];
  if (r.value !== null) parts.push(`${formatNumber(lang, r.value as number)} ${(r.currency as string | null) ?? ''}`.trim());
  if (r.items !== null) parts.push(s('items', { n: formatNumber(lang, r.items as number) }));
  else if (r.items_as_written) parts.push(s('itemsAsWritten', { text: String(r.items_as_written) }));
  if (r.licences !== null) parts.push(s('licences', { n: formatNumber(lang, r.licences as number) }));
  return parts.join(' · ') || '–';
}

interface CellProps {
  lang: Lang;
  row: Row;
  /** The column's heading, which a narrow screen shows beside the value. */
  header: string;
}

export function FactCategoryCell({ lang, row: r, header, att = false }: CellProps & { att?: boolean }) {
  const name = categoryName(String(r.category_scheme), String(r.category_code), r.category_label as string | null);
  return (
    <td data-label={header} className="fact-category">
      <bdi>{name}</bdi>
      {att && (
        <>
          <br />
          <span className="small muted">{`${t(lang, strings, 'colAtt')}: ${r.att_category ? `${r.att_category}${r.att_label && r.att_label !== r.category_label ? ` — ${r.att_label}` : ''}` : '–'}`}</span>
        </>
      )}
    </td>
  );
}

export function FactFigureCell({ lang, row, header, basis = false }: CellProps & { basis?: boolean }) {
  return (
    <td data-label={header} className="num">
      {factFigure(lang, row)}
      {basis && (
        <>
          <br />
          <span className="small muted">{basisLabel(lang, String(row.basis))}</span>
        </>
      )}
    </td>
  );
}

/** `origin`: the reporting State's name and the source's title, shown above the file and line. */
export function FactProvenanceCell({ lang, row: r, header, origin }: CellProps & { origin?: { reporter: string; source: string } }) {
  const s = (k: keyof typeof strings, v: Record<string, string | number>) => t(lang, strings, k, v);
  return (
    <td data-label={header} className="small">
      {origin && (
        <>
          {s('reportedByState', { state: origin.reporter })}
          <br />
          <abbr className="mono" title={origin.source}>
            {String(r.source_id)}
          </abbr>
          <br />
        </>
      )}
      <bdi className="mono">{s('fileLine', { file: String(r.source_file), line: String(r.source_line) })}</bdi>
    </td>
  );
}
