/** The two names of a published table: the stable one (downloads) and the content-named one the page fetches. */
import { describe, expect, it } from 'vitest';
import { tableUrl } from '../../src/db/dataFiles.ts';
import { fileName } from '../../src/db/fetchGuard.ts';
import { hashedTablePath, stableFileName } from '../../src/schema/dataLayout.ts';

const SHA = '0123456789abcdef'.repeat(4);

describe('content-named table files', () => {
  it('names a table by its name and the first 16 hex digits of its sha256, under v/', () => {
    expect(hashedTablePath('transfer_totals', SHA)).toBe('v/transfer_totals.0123456789abcdef.parquet');
  });

  it('refuses a checksum that is not a sha256, and a name that is not a plain table name', () => {
    expect(() => hashedTablePath('states', 'abc')).toThrow(/not a sha256/);
    expect(() => hashedTablePath('../states', SHA)).toThrow(/not a table name/);
  });

  it('gives back the stable name of a content-named file, and leaves other names alone', () => {
    expect(stableFileName('transfers.0123456789abcdef.parquet')).toBe('transfers.parquet');
    expect(stableFileName('transfers.parquet')).toBe('transfers.parquet');
    expect(stableFileName('duckdb-eh.0123456789abcdef.wasm')).toBe('duckdb-eh.0123456789abcdef.wasm');
  });

  it('is the URL the page fetches, and errors name the file by its stable name', () => {
    const url = tableUrl({ name: 'states', rows: 1, bytes: 1, sha256: SHA });
    expect(url).toBe('/data/v/states.0123456789abcdef.parquet');
    expect(fileName(url)).toBe('states.parquet');
    expect(fileName(`/portal${url}`)).toBe('states.parquet');
  });
});
