import { describe, expect, it } from 'vitest';
import { parseDbError, spotInSql } from '../../src/db/dbError.ts';

describe('DuckDB errors for readers', () => {
  it('reads the JSON form DuckDB-WASM gives parser errors', () => {
    expect(parseDbError('{"exception_type":"Parser","exception_message":"syntax error at or near \\"FORM\\"","position":"9","error_subtype":"SYNTAX_ERROR"}')).toEqual({
      kind: 'Parser',
      message: 'syntax error at or near "FORM"',
      position: 9,
    });
  });

  it('drops DuckDB\'s own "LINE n:" excerpt (the page shows the spot itself)', () => {
    expect(parseDbError('{"exception_type":"Parser","exception_message":"syntax error at or near \\"SELEC\\"\\n\\nLINE 1: SELEC 1\\n        ^","position":"0"}').message).toBe('syntax error at or near "SELEC"');
  });

  it('reads the plain form and leaves other text as it is', () => {
    expect(parseDbError('Catalog Error: Table with name x does not exist!')).toEqual({ kind: 'Catalog', message: 'Table with name x does not exist!', position: null });
    expect(parseDbError('worker stopped')).toEqual({ kind: null, message: 'worker stopped', position: null });
    expect(parseDbError('{not json')).toEqual({ kind: null, message: '{not json', position: null });
  });

  it('finds line, column and the line of SQL of a position', () => {
    const sql = 'SELECT 1\nFORM transfers';
    expect(spotInSql(sql, 9)).toEqual({ line: 2, column: 1, text: 'FORM transfers', caret: '^' });
    expect(spotInSql('SELEC 1', 0)).toEqual({ line: 1, column: 1, text: 'SELEC 1', caret: '^' });
    expect(spotInSql('x', 5)).toBeNull();
  });
});
