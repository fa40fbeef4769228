/**
 * A result table: caption, optional sortable headers (buttons, with aria-sort), numbers right-
 * aligned, every cell rendered as text (report text is untrusted and never becomes HTML). Long
 * results show the first rows with a button for the rest.
 */
import { RESULT_TABLE_TIMING } from '../db/constants.ts';
import { useState } from 'react';

export interface TableColumn {
  name: string;
  label: string;
  numeric: boolean;
}

export interface SortSpec {
  column: string;
  desc: boolean;
}

interface Props {
  caption: string;
  columns: readonly TableColumn[];
  /** Cells already formatted for display. */
  rows: readonly (readonly string[])[];
  sort?: SortSpec | null;
  onSort?: (next: SortSpec) => void;
  sortLabel?: (column: string) => string;
  /** Rows shown before "show all". */
  initialRows?: number;
  showAllLabel?: (n: number) => string;
  /** A link at the end of each row (e.g. its source rows), computed only for the rows shown. */
  rowLink?: { header: string; link: (row: number) => { href: string; label: string; context: string } };
  /** A link on a cell (e.g. a source line to the pinned file), or null; asked only for the rows shown. */
  cellLink?: (row: number, column: number) => { href: string; title?: string } | null;
}

export function ResultTable({ caption, columns, rows, sort, onSort, sortLabel, initialRows = 500, showAllLabel, rowLink, cellLink }: Props) {
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, initialRows);
  return (
    <>
      <div className="table-scroll result-table" role="region" aria-label={caption} tabIndex={0}>
        <table>
          {/* Element Timing (a standard User Timing source): when the rows were first painted; Explore dates its build-time result by it (exploreStart.ts). */}
          <caption {...({ elementtiming: RESULT_TABLE_TIMING } as Record<string, string>)}>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const active = sort?.column === c.name;
                const ariaSort = active ? (sort!.desc ? 'descending' : 'ascending') : undefined;
                return (
                  <th key={c.name} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={ariaSort}>
                    {onSort ? (
                      <button type="button" className="sort-button" title={sortLabel?.(c.label)} onClick={() => onSort({ column: c.name, desc: active ? !sort!.desc : c.numeric })}>
                        {c.label}
                        <span aria-hidden="true" className="sort-mark">
                          {active ? (sort!.desc ? ' ▼' : ' ▲') : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
              {rowLink && <th scope="col">{rowLink.header}</th>}
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={i}>
                {r.map((cell, j) => {
                  const link = cellLink?.(i, j);
                  return (
                    // Text cells may hold names and words as a source wrote them: dir=auto keeps a
                    // right-to-left or bidi-control-laden value from reordering its neighbours.
                    <td key={j} className={columns[j]?.numeric ? 'num' : undefined} dir={columns[j]?.numeric ? undefined : 'auto'}>
                      {link ? (
                        <a href={link.href} title={link.title} rel={link.href.startsWith('http') ? 'external noreferrer' : undefined} data-cell-link>
                          {cell}
                        </a>
                      ) : (
                        cell
                      )}
                    </td>
                  );
                })}
                {rowLink && <RowLinkCell {...rowLink.link(i)} />}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!all && rows.length > initialRows && showAllLabel && (
        <p>
          <button type="button" className="button-secondary" onClick={() => setAll(true)}>
            {showAllLabel(rows.length)}
          </button>
        </p>
      )}
    </>
  );
}

/** The visible label ("Sources") with the row it belongs to for screen readers (link text out of context). */
function RowLinkCell({ href, label, context }: { href: string; label: string; context: string }) {
  return (
    <td>
      <a href={href} data-row-sources>
        {label}
        <span className="visually-hidden"> ({context})</span>
      </a>
    </td>
  );
}
