/**
 * Adapter for a trade register exported from the SIPRI Arms Transfers Database, as a reader downloads
 * it (the format: ../shared/data/samples/README.md). The portal never publishes SIPRI rows: this
 * adapter runs only on a reader's own file, in their browser (the "Your data" page) or with
 * `npm run check-file`, so that the file can be compared with what States reported.
 *
 * Format: lines of notes, then a header line starting `SIPRI AT Database ID` and one line per deal
 * and delivery year; comma-separated, no quoting, every line ending in `;`. A `?` marks an uncertain
 * figure; each figure has an "is estimate" column of its own. Names and categories stay as written.
 */
import { CsvError, decodeText, parseCsv, type CsvRecord } from '../kit/csv.ts';
import { checkWidth, readHeader } from '../kit/header.ts';
import { eachRow } from '../kit/rows.ts';
import { need, RowReject } from '../kit/rowReject.ts';
import { parseAmount, parseYear, textOrNull } from '../kit/values.ts';
import type { ParsedRows, Reject, SourceFile } from '../types.ts';

export const SIPRI_HEADER = [
  'SIPRI AT Database ID',
  'Supplier',
  'Recipient',
  'Designation',
  'Description',
  'Armament category',
  'Order date',
  'Order date is estimate',
  'Numbers delivered',
  'Numbers delivered is estimate',
  'Delivery year',
  'Delivery year is estimate',
  'Status',
  'SIPRI estimate',
  'TIV deal unit',
  'TIV delivery values',
  'Local production',
] as const;

/** One delivery line of the register, names and category as written. */
export interface ParsedSipriDelivery {
  file: string;
  line: number;
  raw: string;
  dealId: string;
  supplierName: string;
  recipientName: string;
  designation: string | null;
  description: string | null;
  armamentCategory: string;
  orderYear: number | null;
  delivered: number | null;
  deliveredEstimate: boolean;
  deliveryYear: number;
  tivDelivered: number | null;
}

/** Whether a file looks like a SIPRI register export: its header line is somewhere in the first lines. */
export function isSipriRegister(text: string): boolean {
  return text
    .slice(0, 20_000)
    .split(/\r?\n/, 40)
    .some((l) => l.startsWith(SIPRI_HEADER[0]));
}

export const sipriRegisterAdapter = {
  id: 'sipri-register',
  kind: 'sipri' as const,
  parse(files: SourceFile[]): ParsedRows<ParsedSipriDelivery> {
    const out: ParsedRows<ParsedSipriDelivery> = { rows: [], rejects: [], rowsRead: 0, rowsLoaded: 0 };
    for (const file of files) {
      const parsed = parseSipriFile(file.name, decodeText(file.bytes, file.name));
      for (const r of parsed.rows) out.rows.push(r);
      for (const r of parsed.rejects) out.rejects.push(r);
      out.rowsRead += parsed.rowsRead;
      out.rowsLoaded += parsed.rowsLoaded;
    }
    return out;
  },
};

export function parseSipriFile(file: string, text: string): ParsedRows<ParsedSipriDelivery> {
  const lines = text.split(/\r?\n/);
  const headerAt = lines.findIndex((l) => l.startsWith(SIPRI_HEADER[0]));
  if (headerAt < 0) throw new CsvError(file, 1, `no header line starting '${SIPRI_HEADER[0]}': not a SIPRI trade-register export`);
  // The notes above the header become blank lines (skipped, still counted), and each line's closing
  // ';' is the export's line terminator, not a cell: both go before the CSV reader sees the text.
  const body = lines.map((l, i) => (i < headerAt ? '' : l.replace(/;\s*$/, ''))).join('\n');
  const records: CsvRecord[] = parseCsv(body, file, ',');
  const { index, width, rows } = readHeader(records, SIPRI_HEADER, file);
  const get = (r: CsvRecord, column: (typeof SIPRI_HEADER)[number]) => (r.fields[index.get(column)!] ?? '').trim();
  const out: ParsedRows<ParsedSipriDelivery> = { rows: [], rejects: [] as Reject[], rowsRead: 0, rowsLoaded: 0 };
  const count = eachRow(file, rows, out.rejects, (r) => {
    checkWidth(r, width);
    const supplier = textOrNull(get(r, 'Supplier'));
    const recipient = textOrNull(get(r, 'Recipient'));
    if (!supplier) throw new RowReject('missing_supplier', 'Supplier is empty');
    if (!recipient) throw new RowReject('missing_recipient', 'Recipient is empty');
    const category = textOrNull(get(r, 'Armament category'));
    if (!category) throw new RowReject('missing_category', 'Armament category is empty');
    const deliveredCell = get(r, 'Numbers delivered');
    // SIPRI marks an uncertain figure with '?', and says so in the "is estimate" column as well.
    const uncertain = deliveredCell.endsWith('?');
    const delivered = need(parseAmount(deliveredCell.replace(/\?$/, ''), 'Numbers delivered', { integer: true }));
    const orderCell = get(r, 'Order date').replace(/\?$/, '');
    out.rows.push({
      file,
      line: r.line,
      raw: r.raw,
      dealId: get(r, 'SIPRI AT Database ID'),
      supplierName: supplier,
      recipientName: recipient,
      designation: textOrNull(get(r, 'Designation')),
      description: textOrNull(get(r, 'Description')),
      armamentCategory: category,
      orderYear: orderCell === '' ? null : need(parseYear(orderCell, 'Order date')),
      delivered,
      deliveredEstimate: uncertain || /^yes$/i.test(get(r, 'Numbers delivered is estimate')),
      deliveryYear: need(parseYear(get(r, 'Delivery year').replace(/\?$/, ''), 'Delivery year')),
      tivDelivered: need(parseAmount(get(r, 'TIV delivery values'), 'TIV delivery values')),
    });
  });
  out.rowsRead = count.read;
  out.rowsLoaded = count.loaded;
  return out;
}
