/**
 * In a result that names a fact's source, file and line (e.g. the source rows behind an Explore
 * figure), the line cell links to that line of the pinned file at its commit.
 */
import type { Lang } from '../i18n/index.ts';
import type { Pins } from '../links/provenance.ts';
import { provenanceCell } from '../links/provenanceCell.ts';
import type { Row } from '../db/results.ts';

export function sourceLineLinks(lang: Lang, pins: Pins, columns: readonly string[], rows: readonly Row[]): ((row: number, column: number) => { href: string; title?: string } | null) | undefined {
  const lineAt = columns.indexOf('source_line');
  if (lineAt < 0 || !columns.includes('source_id') || !columns.includes('source_file')) return undefined;
  return (row, column) => {
    if (column !== lineAt) return null;
    const r = rows[row];
    if (!r || typeof r.source_id !== 'string' || typeof r.source_file !== 'string') return null;
    const line = typeof r.source_line === 'number' ? r.source_line : null;
    const c = provenanceCell(lang, pins, r.source_id, r.source_file, line);
    return c.href ? { href: c.href, title: c.title } : null;
  };
}
