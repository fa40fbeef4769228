import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { checkHeader, CsvError, parseCsv } from '../../../src/pipeline/kit/csv.ts';
import { cellText, parseXlsx } from '../../../src/pipeline/kit/xlsx.ts';

/** Builds a one-sheet workbook in memory from rows of cell values (undefined = no cell). */
async function workbook(rows: ExcelJS.CellValue[][], extraSheet = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== undefined) ws.getCell(i + 1, j + 1).value = v;
    }),
  );
  if (extraSheet) wb.addWorksheet('Second').getCell('A1').value = 'not read';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('cellText', () => {
  it('prints each kind of cell as the text a person sees', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(' as written ')).toBe(' as written ');
    expect(cellText(2099)).toBe('2099');
    expect(cellText(44444.5)).toBe('44444.5');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date(Date.UTC(2100, 4, 31)))).toBe('2100-05-31');
    expect(cellText({ richText: [{ text: 'Rich ' }, { text: 'text' }] })).toBe('Rich text');
    expect(cellText({ text: 'link text', hyperlink: 'https://example.org' })).toBe('link text');
    expect(cellText({ formula: 'A1*2', result: 84 })).toBe('84');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });

  it('keeps the time of a date-time, so that a date parser rejects it rather than dropping the time', () => {
    expect(cellText(new Date(Date.UTC(2100, 4, 31, 13, 30)))).toBe('2100-05-31T13:30:00.000Z');
  });

  it('prints a formula without a cached result as empty, not as its formula text', () => {
    expect(cellText({ formula: 'A1*2' })).toBe('');
  });
});

describe('parseXlsx', () => {
  it('reads the first sheet into records with worksheet row numbers as lines', async () => {
    const bytes = await workbook([['a', 'b', 'c'], [1, 'x', 'y'], [], [2, 'p', 'q']], true);
    const records = await parseXlsx(bytes, 'f.xlsx');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x', 'y'],
      ['2', 'p', 'q'],
    ]);
  });

  it('pads a row to the header width, as a CSV row with trailing empty fields', async () => {
    const records = await parseXlsx(await workbook([['a', 'b', 'c', 'd'], ['x'], [undefined, undefined, 'z']]), 'f.xlsx');
    expect(records[1]!.fields).toEqual(['x', '', '', '']);
    expect(records[2]!.fields).toEqual(['', '', 'z', '']);
  });

  it('gives a row wider than the header all its cells, so that the adapter can reject it', async () => {
    const records = await parseXlsx(
      await workbook([
        ['a', 'b'],
        ['x', 'y', 'extra'],
      ]),
      'f.xlsx',
    );
    expect(records[1]!.fields).toEqual(['x', 'y', 'extra']);
  });

  it('writes raw as the CSV line of the same cells, quoting where CSV would', async () => {
    const records = await parseXlsx(
      await workbook([
        ['a', 'b', 'c'],
        ['He said "no"', 'x,y', 3],
      ]),
      'f.xlsx',
    );
    expect(records[1]!.raw).toBe('"He said ""no""","x,y",3');
    expect(parseCsv(records[1]!.raw, 'check.csv')[0]!.fields).toEqual(records[1]!.fields);
  });

  it('reads dates, formulas and errors of a saved workbook as their text', async () => {
    const bytes = await workbook([
      ['date', 'formula', 'error'],
      [new Date(Date.UTC(2100, 0, 2)), { formula: '40+2', result: 42 }, { error: '#DIV/0!' }],
    ]);
    expect((await parseXlsx(bytes, 'f.xlsx'))[1]!.fields).toEqual(['2100-01-02', '42', '#DIV/0!']);
  });

  it('returns no records for an empty sheet', async () => {
    expect(await parseXlsx(await workbook([]), 'f.xlsx')).toEqual([]);
  });

  it('stops with a CsvError naming the file when the workbook is truncated', async () => {
    const bytes = await workbook([['a'], ['b']]);
    const cut = bytes.slice(0, Math.floor(bytes.length / 2));
    await expect(parseXlsx(cut, 'cut.xlsx')).rejects.toThrow(CsvError);
    await expect(parseXlsx(cut, 'cut.xlsx')).rejects.toThrow(/^cut\.xlsx:1: not a readable XLSX workbook/);
  });

  it('stops with a CsvError when the bytes are a CSV file, not a workbook', async () => {
    await expect(parseXlsx(new TextEncoder().encode('a,b\n1,2\n'), 'wrong.xlsx')).rejects.toThrow(/wrong\.xlsx:1: not a readable XLSX workbook/);
  });
});

describe('parseXlsx: cells that would load a guess (issue 15, item 8)', () => {
  it('marks a data row with merged cells as broken, naming the worksheet and the cells, instead of copying one value into its neighbours', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Exports 2099');
    ws.addRow(['category', 'items', 'value']);
    ws.addRow(['II', 5, 5]);
    ws.addRow(['III', 7, 8]);
    ws.mergeCells('B2:C2');
    const records = await parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'm.xlsx');
    expect(records[1]!.problem).toEqual({ reasonCode: 'merged_cells', reason: expect.stringMatching(/^worksheet 'Exports 2099', cells B2:C2 are merged/) });
    expect(records[2]!.problem).toBeUndefined();
  });

  it('stops on merged cells in the header row, naming the worksheet and cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.addRow(['a', 'b', 'c']);
    ws.addRow([1, 2, 3]);
    ws.mergeCells('A1:B1');
    const records = await parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'h.xlsx');
    expect(() => checkHeader(records[0], ['a', 'b', 'c'], 'h.xlsx', ',')).toThrow(/^h\.xlsx:1: header: worksheet 'Data', cells A1:B1 are merged/);
  });

  it('marks a formula cell without a cached result as broken, naming the cell, instead of loading it as empty', async () => {
    const records = await parseXlsx(
      await workbook([
        ['a', 'b'],
        ['x', { formula: 'A1*2' } as ExcelJS.CellValue],
        ['y', 3],
      ]),
      'f.xlsx',
    );
    expect(records[1]!.problem).toEqual({ reasonCode: 'formula_without_result', reason: expect.stringMatching(/^worksheet 'Data', cell B2 holds the formula =A1\*2 without a saved result/) });
    expect(records[2]!.problem).toBeUndefined();
  });

  it('says which worksheet it read: on every record, and when the first is empty but another is not', async () => {
    const records = await parseXlsx(await workbook([['a'], ['b']], true), 'f.xlsx');
    expect(records.map((r) => r.sheet)).toEqual(['Data', 'Data']);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('First');
    wb.addWorksheet('Second').getCell('A1').value = 'x';
    await expect(parseXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'two.xlsx')).rejects.toThrow(/^two\.xlsx:1: the first worksheet, 'First', is empty, but worksheet 'Second' is not/);
  });
});
