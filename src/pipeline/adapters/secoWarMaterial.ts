/**
 * Adapter for Switzerland's exports of war material by destination and KM category (SECO's yearly
 * tables, gsoaYYYY.csv, one file per year; read by secoKmTable.ts).
 *
 *   destination line   → one 'actual' export fact per KM column with a figure (CHF), scheme CH_KM,
 *                        plus the line's printed Total, reconciled against that line's figures
 *   Total line         → the year's printed totals, overall and per column, each covering every
 *                        destination line of the file
 *   continent subtotal → a total covering the destination lines of its block
 *   title, header, blank lines → structural: read, neither loaded nor rejected, counted by kind
 *
 * Every total lists the lines it covers, so reconciliation compares it with exactly those lines.
 * SECO's statistics count exports actually carried out (Ausfuhren) in the calendar year, hence basis
 * 'actual'. The partner is the German name as written (in 2006 the German half of "Belgien / Belgique");
 * the reviewed German aliases resolve it.
 */
import type { Adapter, ParsedFact, ParsedSource, ParsedTotal, SourceFile } from '../types.ts';
import { readKmTable } from './secoKmTable.ts';

export const SWISS_REPORTER = 'Switzerland';
const CURRENCY = 'CHF';

export const secoWarMaterialAdapter: Adapter = {
  id: 'seco-war-material',
  instrument: 'CH_SECO',
  parse(files) {
    return parseSecoWarMaterial(files);
  },
};

export function parseSecoWarMaterial(files: SourceFile[]): ParsedSource {
  if (files.length === 0) throw new Error('seco-war-material: no input file (expected gsoaYYYY.csv)');
  const out: ParsedSource = { facts: [], totals: [], reports: [], rejects: [], rowsRead: 0, rowsLoaded: 0, structural: {} };
  const years = new Map<number, string>();
  for (const file of files) {
    const table = readKmTable(file);
    const before = years.get(table.year);
    if (before) throw new Error(`seco-war-material: ${file.name} and ${before} both cover ${table.year}`);
    years.set(table.year, file.name);
    const reportKey = `${SWISS_REPORTER}|${table.year}`;
    const base = { file: file.name, reporterName: SWISS_REPORTER, year: table.year, direction: 'export', basis: 'actual' } as const;
    const total = (line: number, categoryCode: string, value: number, more: Partial<ParsedTotal>): ParsedTotal => ({
      ...base, line, reporterLabel: SWISS_REPORTER, partnerName: null, categoryCode, measure: 'export_value', currency: CURRENCY, value, ...more,
    });
    const destinationLines = table.lines.flatMap((l) => (l.kind === 'destination' ? [l.line] : []));
    for (const l of table.lines) {
      out.rowsRead++;
      switch (l.kind) {
        case 'structural':
          out.structural![l.what] = (out.structural![l.what] ?? 0) + 1;
          break;
        case 'reject':
          out.rejects.push({ file: file.name, line: l.line, reasonCode: l.reasonCode, reason: l.reason, raw: l.raw });
          break;
        case 'total':
          for (const [code, value] of l.figures) out.totals.push(total(l.line, code, value, { coversLines: destinationLines, partnerLabel: 'Total' }));
          out.rowsLoaded++;
          break;
        case 'subtotal':
          out.totals.push(total(l.line, 'Total', l.value, { coversLines: l.covers, partnerLabel: l.continent ?? '(continent not written)' }));
          out.rowsLoaded++;
          break;
        case 'destination':
          for (const [code, value] of l.figures) {
            if (code === 'Total') {
              // Its own line only: two destinations may share a State (Netherlands and its Antilles, 2014).
              out.totals.push(total(l.line, 'Total', value, { partnerName: l.nameDe, coversLines: [l.line] }));
              continue;
            }
            out.facts.push({
              ...base, line: l.line, reportKey, partnerName: l.nameDe, categoryScheme: 'CH_KM', categoryCode: code,
              licences: null, items: null, value, currency: CURRENCY,
              decisionDate: null, originName: null, intermediate: null, description: null, comments: null,
            } satisfies ParsedFact);
          }
          out.rowsLoaded++;
          break;
      }
    }
  }
  return out;
}
