/**
 * Explore at 10× the data: the built site served with a SYNTHETIC copy of the published tables
 * repeated ten times (scripts/fixtures/syntheticReplica.ts, never published) in place of its own
 * data. The build-time default result was computed from other data, so the page must not vouch
 * for it; every state's first answer (computed from a pre-aggregated table before DuckDB is ready)
 * must agree with DuckDB's result, and DuckDB's result, downloaded as CSV, must be native DuckDB's
 * on the same 10× files.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostHeaderRules, serveStatic } from '../../scripts/browser/staticServer.ts';
import { writeReplica } from '../../scripts/fixtures/syntheticReplica.ts';
import { exploreQuery } from '../../src/queries/explore.ts';
import { defaultState, resultColumns, serializeExploreState, type ExploreState } from '../../src/queries/exploreState.ts';
import { normalizeBase } from '../../src/security/deployment.ts';
import { query } from '../../src/site-data/db.ts';
import { asCsvCells, busiestReporter, DATA_DIR, downloadText, firstResultFrom, parseCsv, waitForRuns } from './queryHelpers.ts';
import { e2eSession } from './session.ts';

const { browser } = await e2eSession();
const RESULT = '.explore-result';
const WORK = resolve('test-results/e2e-scale');
const DATA_10X = join(WORK, 'data-10x');

let site: { url: string; close: () => Promise<void> };
let reporter: string;
let partner: string;
let y0: number;
let y1: number;

beforeAll(async () => {
  ({ reporter, partner, y1 } = await busiestReporter());
  y0 = y1 - 2;
  await writeReplica(DATA_DIR, DATA_10X, 10);
  // The built site, its data folder replaced by a link to the 10× copy (hard links: no bytes copied).
  const dist = resolve(process.env.ATT_DIST_DIR ?? 'dist');
  const root = join(WORK, 'site');
  await rm(root, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  expect(spawnSync('cp', ['-al', dist, root]).status).toBe(0);
  await rm(join(root, 'data'), { recursive: true, force: true });
  await symlink(DATA_10X, join(root, 'data'));
  expect(existsSync(join(root, 'data', 'SYNTHETIC.txt'))).toBe(true);
  const base = normalizeBase(process.env.BASE_PATH);
  const s = await serveStatic(root, hostHeaderRules(root), base);
  site = { url: `${s.url}${base.slice(0, -1)}`, close: s.close };
}, 300_000);

afterAll(async () => {
  await site?.close();
  await rm(WORK, { recursive: true, force: true });
});

describe('Explore on 10× the data (SYNTHETIC copies)', () => {
  const states = (): [string, ExploreState, 'direct' | 'duckdb'][] => {
    const d = defaultState();
    return [
      ['the default view (its build-time result is of other data)', d, 'direct'],
      ['one reporter, three years, by partner', { ...d, reporter: [reporter], yearFrom: y0, yearTo: y1, group: ['partner'] }, 'direct'],
      ['one partner, facts by year', { ...d, partner: [partner], group: ['year'], measure: 'facts' }, 'direct'],
      ['authorized, by year and ATT category', { ...d, basis: ['authorized'], group: ['year', 'att_category'] }, 'direct'],
      ['facts by partner region', { ...d, group: ['partner_region'], measure: 'facts' }, 'direct'],
      ['licences by partner, one reporter', { ...d, reporter: [reporter], group: ['partner'], measure: 'licences' }, 'direct'],
      ['reports by year (no aggregate counts them: DuckDB only)', { ...d, measure: 'reports', group: ['year'] }, 'duckdb'],
    ];
  };

  it('every first answer agrees with DuckDB, whose rows are native DuckDB’s on the same files', async () => {
    for (const [name, state, from] of states()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        const search = serializeExploreState(state);
        await page.goto(`${site.url}/en/explore${search ? `?${search}` : ''}`);
        expect(await firstResultFrom(page, 120_000), name).toBe(from);
        expect(await waitForRuns(page, RESULT, 1, 240_000), name).toBe('done');
        expect(await page.getAttribute(RESULT, 'data-first-check'), name).toBe(from === 'direct' ? 'same' : null);
        const q = exploreQuery(state);
        const native = await query(q.sql, q.params, DATA_10X);
        expect(native.length, name).toBeGreaterThan(0);
        const csv = await downloadText(page, `${RESULT} [data-download="csv"]`);
        const [header, ...rows] = parseCsv(csv.text);
        expect(header, name).toEqual(resultColumns(state));
        expect(rows, name).toEqual(asCsvCells(native, header!));
        expect(errors, name).toEqual([]);
      } finally {
        await context.close();
      }
    }
  }, 900_000);
});
