/**
 * Saves a table built in the page as a CSV file through the project's one CSV writer (formula
 * neutralisation included), with a byte-order mark so spreadsheets read it as UTF-8.
 */
import { toCsv } from '../formats/csv.ts';
import { download } from '../ui/download.ts';

export function downloadCsv(name: string, header: readonly string[], rows: Parameters<typeof toCsv>[1]): void {
  download(name, `\uFEFF${toCsv(header, rows)}`, 'text/csv;charset=utf-8');
}
