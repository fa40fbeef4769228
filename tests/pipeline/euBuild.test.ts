/**
 * The whole build on the SYNTHETIC CAAT EU fixtures (tests/fixtures/caat-eu): brokering, consultations
 * and missions land in tables of their own, checked with DuckDB queries on the published Parquet;
 * rows read = loaded + rejected per file in the manifest; unresolved names are listed; no row reaches
 * `transfers`.
 */

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixtureBuild.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/caat-eu');
const source = (id: string, adapter: string, file: string) => {
  const bytes = readFileSync(join(FIXTURES, file));
  return {
    id,
    title: `SYNTHETIC ${file} (invented for tests)`,
    publisher: 'Test fixture',
    adapter,
    instrument: 'EU_COARM',
    homepage: 'https://example.org/synthetic',
    licence: 'CC0-1.0',
    files: [{ name: file, url: `https://example.org/synthetic/${file}`, mirrorPath: file, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }],
  };
};

async function query(out: string, sql: string): Promise<Record<string, unknown>[]> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  for (const t of ['eu_brokering', 'eu_consultations', 'eu_missions', 'transfers', 'rejects']) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(out, `${t}.parquet`)}')`);
  const rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
  conn.closeSync();
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

describe('pipeline build of the CAAT EU extracts (SYNTHETIC)', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'att-eu-'));
  const { out, ...result } = await buildFixture(
    tmp,
    { sources: [source('eu-broker-synthetic', 'caat-eu-broker', 'broker.csv'), source('eu-consult-synthetic', 'caat-eu-consult', 'consult.csv'), source('eu-mission-synthetic', 'caat-eu-mission', 'mission.csv')] },
    FIXTURES,
  );
  const manifest = (id: string) => result.manifest.sources.find((s) => s.id === id)!;

  it('writes brokering rows to eu_brokering with places resolved, and none to transfers', async () => {
    expect(await query(out, 'SELECT count(*) AS n FROM transfers')).toEqual([{ n: 0 }]);
    expect(
      await query(
        out,
        'SELECT source_line, year, broker_iso3, decision, origin_iso3, destination_iso3, destination_names, licences, licensed_value, brokered_value, brokered_value_text, currency FROM eu_brokering ORDER BY source_line',
      ),
    ).toEqual([
      {
        source_line: 1,
        year: 2011,
        broker_iso3: 'AUT',
        decision: 'issued',
        origin_iso3: 'CAN',
        destination_iso3: 'BGR',
        destination_names: 'Bulgaria',
        licences: 1,
        licensed_value: 30000,
        brokered_value: null,
        brokered_value_text: null,
        currency: 'EUR',
      },
      {
        source_line: 2,
        year: 2011,
        broker_iso3: 'DEU',
        decision: 'refused',
        origin_iso3: 'IND',
        destination_iso3: 'TUR; ARE',
        destination_names: 'Turkey; ; United Arab Emirates',
        licences: 2,
        licensed_value: 120000,
        brokered_value: null,
        brokered_value_text: '100.0; 200.0',
        currency: 'EUR',
      },
      {
        source_line: 3,
        year: 2011,
        broker_iso3: 'GBR',
        decision: 'issued',
        origin_iso3: null,
        destination_iso3: null,
        destination_names: 'Vessel, Platform in International Waters',
        licences: 1,
        licensed_value: 4100,
        brokered_value: null,
        brokered_value_text: null,
        currency: 'EUR',
      },
      {
        source_line: 14,
        year: 2012,
        broker_iso3: 'DEU',
        decision: 'issued',
        origin_iso3: 'KEN',
        destination_iso3: 'USA',
        destination_names: 'United States',
        licences: 3,
        licensed_value: 12345,
        brokered_value: 12345,
        brokered_value_text: '12345',
        currency: 'EUR',
      },
      {
        source_line: 15,
        year: 2012,
        broker_iso3: 'POL',
        decision: 'issued',
        origin_iso3: 'SAU',
        destination_iso3: null,
        destination_names: null,
        licences: 2,
        licensed_value: null,
        brokered_value: null,
        brokered_value_text: null,
        currency: 'EUR',
      },
    ]);
  });

  it('lists every rejected line with its file, line and reason; read = loaded + rejected per file', async () => {
    expect(await query(out, "SELECT source_line AS line, reason_code FROM rejects WHERE source_file = 'broker.csv' ORDER BY source_line")).toEqual(
      [
        [4, 'unknown_country'],
        [5, 'bad_decision'],
        [6, 'bad_number'],
        [7, 'bad_columns'],
        [8, 'repr_duplicate'],
        [9, 'repr_duplicate'],
        [10, 'repr_duplicate'],
        [11, 'repr_unmatched'],
        [12, 'repr_unreadable'],
        [13, 'repr_shape'],
      ].map(([line, reason_code]) => ({ line, reason_code })),
    );
    const counts = (id: string) => [manifest(id).rowsRead, manifest(id).rowsLoaded, manifest(id).rowsRejected];
    expect(counts('eu-broker-synthetic')).toEqual([15, 5, 10]);
    expect(counts('eu-consult-synthetic')).toEqual([9, 4, 5]);
    expect(counts('eu-mission-synthetic')).toEqual([6, 3, 3]);
    expect(manifest('eu-broker-synthetic').rejectsByReason).toMatchObject({ repr_duplicate: 3, repr_unmatched: 1, repr_unreadable: 1, repr_shape: 1 });
    expect(manifest('eu-broker-synthetic').tableRows).toEqual({ eu_brokering: 5 });
  });

  it('lists the names it could not resolve, including places left as written in loaded rows', () => {
    expect(manifest('eu-broker-synthetic').unresolvedNames).toEqual(
      [
        { name: 'Atlantis', lines: 1 },
        { name: 'Vessel, Platform in International Waters', lines: 2 },
      ].sort((a, b) => b.lines - a.lines),
    );
    expect(manifest('eu-consult-synthetic').unresolvedNames).toEqual([{ name: 'Others', lines: 1 }]);
    expect(manifest('eu-mission-synthetic').unresolvedNames).toEqual([{ name: 'OTHER', lines: 1 }]);
  });

  it('writes consultations per Member State or destination, resolving codes before names (NA is Namibia)', async () => {
    expect(await query(out, 'SELECT year, subject, state_iso3, initiated, received, concerning FROM eu_consultations ORDER BY source_line')).toEqual([
      { year: 2011, subject: 'member_state', state_iso3: 'DEU', initiated: 4, received: 7, concerning: null },
      { year: 2011, subject: 'destination', state_iso3: 'IND', initiated: null, received: null, concerning: 3 },
      { year: 2011, subject: 'destination', state_iso3: 'ARE', initiated: null, received: null, concerning: 1 },
      { year: 2012, subject: 'member_state', state_iso3: 'NAM', initiated: 1, received: 0, concerning: null },
    ]);
  });

  it('writes missions with the destination resolved through a reviewed alias (DUBAI)', async () => {
    expect(await query(out, 'SELECT exporter_iso3, destination_iso3, destination_name, mission, items FROM eu_missions ORDER BY source_line')).toEqual([
      { exporter_iso3: 'DEU', destination_iso3: 'LBN', destination_name: 'Lebanon', mission: 'UNIFIL', items: 'Helmets, body armour' },
      { exporter_iso3: 'GBR', destination_iso3: 'ARE', destination_name: 'DUBAI', mission: 'United Nations World Food Programme', items: 'Armoured vehicles' },
      { exporter_iso3: 'DEU', destination_iso3: 'AFG', destination_name: 'Afghanistan', mission: 'ISAF', items: null },
    ]);
  });

  it('publishes the three tables in the manifest with their row counts', () => {
    const t = (name: string) => result.manifest.tables.find((x) => x.name === name)?.rows;
    expect([t('eu_brokering'), t('eu_consultations'), t('eu_missions')]).toEqual([5, 4, 3]);
  });
});
