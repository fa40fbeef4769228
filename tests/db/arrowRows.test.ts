/** Rows → Arrow IPC, typed from the schema, read back by DuckDB as the browser would (SYNTHETIC rows). */
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { rowsToIpc } from '../../src/db/arrowRows.ts';
import { sipriDeliveries, type SipriDeliveryRow } from '../../src/schema/sipriDeliveries.ts';

const row = (over: Partial<SipriDeliveryRow>): SipriDeliveryRow => ({
  source_file: 'synthetic.csv',
  source_line: 13,
  deal_id: '9000000',
  supplier_iso3: 'NOR',
  supplier_name: 'Norway',
  recipient_iso3: 'SWE',
  recipient_name: 'Sweden',
  designation: null,
  description: 'APC — ü',
  armament_category: 'Armoured vehicles',
  att_category: 'II',
  att_match: 'approximate',
  order_year: null,
  delivery_year: 2020,
  numbers_delivered: 10,
  delivered_estimate: true,
  tiv_delivered: 1.5,
  ...over,
});

describe('rowsToIpc', () => {
  it('keeps values, nulls and types of every column, without Arrow builders', () => {
    const rows = [row({}), row({ source_line: 14, att_category: null, att_match: 'none', numbers_delivered: null, delivered_estimate: false, designation: 'X' })];
    const t = tableFromIPC(rowsToIpc(sipriDeliveries, rows));
    expect(t.numRows).toBe(2);
    expect(t.toArray().map((r) => r.toJSON())).toEqual(rows.map((r) => ({ ...r })));
    expect(String(t.schema.fields.find((f) => f.name === 'source_line')!.type)).toBe('Int32');
  });
});
