import { describe, expect, it } from 'vitest';
import type { SourceYears } from '../../src/queries/yearCoverage.ts';
import { schemaColumn, sqlChartCaption, sqlChartCoverage, type SqlChartContext } from '../../src/specs/sqlChartCaption.ts';
import { transfers } from '../../src/schema/index.ts';

// SYNTHETIC rows and sources.
const ctx: SqlChartContext = { sourceTitles: { a: 'Source A (SYNTHETIC)', b: 'Source B (SYNTHETIC)' }, tableSources: { transfers: ['a', 'b'], reports: ['a'] } };
const rows = [
  { year: 2010, source_id: 'a', value: 5 },
  { year: 2011, source_id: 'a', value: 6 },
  { year: 2012, source_id: 'b', value: 7 },
];

describe('sqlChartCaption', () => {
  it('describes a schema column by its description and unit, with the years, series, tables and sources, in three languages', () => {
    const en = sqlChartCaption('en', { x: 'year', y: 'value', series: ['source_id'], xIsYear: true, rows, tables: ['transfers'], currency: 'EUR' }, ctx);
    expect(en.title).toBe('value by year');
    expect(en.subtitle).toBe(`value: ${transfers.columns.value.description.en.replace(/\.$/, '')} · year 2010–2012 · one line per source_id: a and b.`);
    expect(en.unit).toContain('EUR');
    expect(en.source).toBe('Tables read: transfers. Sources: Source A (SYNTHETIC); Source B (SYNTHETIC).');
    const fr = sqlChartCaption('fr', { x: 'year', y: 'value', series: ['source_id'], xIsYear: true, rows, tables: ['transfers'], currency: 'EUR' }, ctx);
    expect(fr.title).toBe('value par year');
    expect(fr.subtitle).toContain(transfers.columns.value.description.fr.replace(/\.$/, ''));
    expect(fr.source).toContain('Tables lues : transfers');
    const es = sqlChartCaption('es', { x: 'year', y: 'value', series: [], xIsYear: true, rows, tables: ['transfers'], currency: null }, ctx);
    expect(es.subtitle).toContain('una sola serie');
    expect(es.unit).toBe('la moneda de cada fila (columna currency)');
  });

  it('names a column the query computed by its name, and the sources of the tables read when rows do not name theirs', () => {
    const r = sqlChartCaption('en', { x: 'year', y: 'n', series: [], xIsYear: true, rows: [{ year: 2010, n: 3 }], tables: ['reports'], currency: null }, ctx);
    expect(r.subtitle).toContain('n: a column the query computed');
    expect(r.unit).toBe('n');
    expect(r.sourceIds).toEqual(['a']);
    expect(r.source).toBe('Tables read: reports. Sources: Source A (SYNTHETIC).');
  });

  it('finds a column in the tables read first', () => {
    expect(schemaColumn('items', ['transfers'])?.unit).toBe('count');
    expect(schemaColumn('no_such_column', ['transfers'])).toBeNull();
  });
});

describe('sqlChartCoverage', () => {
  const coverage: SourceYears[] = [
    { source: 'a', direction: 'export', years: [2010, 2011], partial: [] },
    { source: 'b', direction: 'export', years: [2012], partial: [] },
  ];
  it('hatches the years each source of the rows does not cover, naming it by title', () => {
    const m = sqlChartCoverage('en', { x: 'year', xIsYear: true, rows, tables: ['transfers'] }, coverage, ctx)!;
    expect(m.bands.years).toEqual([2010, 2011, 2012]);
    expect(m.note).toContain('Source A (SYNTHETIC): 2012');
    expect(m.note).toContain('Source B (SYNTHETIC): 2010–2011');
  });

  it('says nothing when the rows do not name their source or years are not on x', () => {
    expect(sqlChartCoverage('en', { x: 'year', xIsYear: true, rows: [{ year: 2010, value: 1 }], tables: ['transfers'] }, coverage, ctx)).toBeNull();
    expect(sqlChartCoverage('en', { x: 'source_id', xIsYear: false, rows, tables: ['transfers'] }, coverage, ctx)).toBeNull();
  });
});
