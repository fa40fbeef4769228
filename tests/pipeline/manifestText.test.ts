import { describe, expect, it } from 'vitest';
import { manifestText } from '../../src/pipeline/manifest.ts';
import type { Manifest } from '../../src/schema/manifest.ts';

// A SYNTHETIC manifest: one table with a row-group index of three groups.
const manifest = {
  snapshotId: '2026-01-01-000000000000',
  previousSnapshotId: null,
  builtAt: '2026-01-01T00:00:00.000Z',
  versions: { pipeline: 'test' },
  tables: [
    {
      name: 'transfers',
      file: 'transfers.parquet',
      rows: 30,
      bytes: 1000,
      sha256: '0'.repeat(64),
      rowGroups: {
        keys: ['year', 'reporter_iso3'],
        groups: [
          { rows: 10, min: [2008, 'AUT'], max: [2009, 'SWE'] },
          { rows: 10, min: [2009, null], max: [2010, null] },
          { rows: 10, min: [2010, 'DEU'], max: [2012, 'GBR'] },
        ],
      },
    },
  ],
  sources: [],
  coverage: { yearMin: 2008, yearMax: 2012, reporters: 3, partners: 0 },
  reconciliation: { totals: 0, match: 0, mismatch: 0, noLines: 0 },
} satisfies Manifest;

describe('manifestText', () => {
  it('reads back as the same manifest', () => {
    expect(JSON.parse(manifestText(manifest))).toEqual(manifest);
  });
  it('writes each row group on one line, the rest indented', () => {
    const lines = manifestText(manifest).split('\n');
    expect(lines).toContain('          {"rows":10,"min":[2009,null],"max":[2010,null]},');
    expect(lines).toContain('  "builtAt": "2026-01-01T00:00:00.000Z",');
  });
});
