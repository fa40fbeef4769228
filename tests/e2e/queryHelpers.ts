/**
 * Helpers for the Explore, SQL and offline end-to-end tests: the reference answers from native
 * DuckDB (@duckdb/node-api, the same 1.4.3 engine) on the same Parquet files the site serves,
 * waiting for the islands' queries, and reading downloads.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { hashedTablePath } from '../../src/schema/dataLayout.ts';
import { query, type Row } from '../../src/site-data/db.ts';
import type { Param } from '../../src/db/query.ts';
import { looksLikeFormula } from '../../src/formats/csv.ts';
import { FIRST_RESULT_MARK } from '../../src/db/constants.ts';

/** The Parquet files the served site was built with (public/data unless ATT_DATA_DIR says otherwise). */
export const DATA_DIR = resolve(process.env.ATT_DATA_DIR ?? 'public/data');

/** The path the page fetches a table at, under the site's root: `data/v/<name>.<sha16>.parquet` (its sha256 from DATA_DIR's manifest). */
export function servedTablePath(name: string): string {
  const t = (JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as { tables: { name: string; sha256: string }[] }).tables.find((x) => x.name === name);
  if (!t) throw new Error(`${DATA_DIR}/manifest.json lists no table ${name}`);
  return `data/${hashedTablePath(t.name, t.sha256)}`;
}

/** The same SQL on the same files, in Node. */
export function nativeRows(sql: string, params: Param[] = []): Promise<Row[]> {
  return query(sql, params, DATA_DIR);
}

/**
 * Waits until the island in `section` has finished `runs` queries and its charts show that result;
 * returns its final state. ChartView draws just after the table is painted, once its box has a
 * width: every chart box laid out (wider than ChartView's 50 px minimum) must say `data-drawing`
 * done (or error); a hidden box never draws.
 */
export async function waitForRuns(page: Page, section: string, runs: number, timeout = 60_000): Promise<string> {
  await page.waitForFunction(
    ([sel, n]) => {
      const el = document.querySelector(sel as string);
      if (el === null || Number(el.getAttribute('data-runs')) < (n as number) || el.getAttribute('data-result-state') === 'pending') return false;
      return [...el.querySelectorAll('[data-chart-box]')].every((b) => ['done', 'error'].includes(b.getAttribute('data-drawing') ?? '') || b.getBoundingClientRect().width < 50);
    },
    [section, runs] as const,
    { timeout },
  );
  return (await page.getAttribute(section, 'data-result-state')) ?? '';
}

export async function runsOf(page: Page, section: string): Promise<number> {
  return Number(await page.getAttribute(section, 'data-runs'));
}

/** Clicks a download button and returns the file's name and bytes. */
export async function downloadBytes(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const stream = await dl.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return { name: dl.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Clicks a download button and returns the file's name and text (without the BOM). */
export async function downloadText(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const { name, bytes } = await downloadBytes(page, selector);
  return { name, text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

/** Native rows as the CSV writes them: numbers unformatted, empty for null. */
export function asCsvCells(rows: readonly Row[], columns: readonly string[]): string[][] {
  // As the project's one CSV writer writes them: text a spreadsheet would evaluate gets a leading '.
  return rows.map((r) => columns.map((c) => (r[c] === null || r[c] === undefined ? '' : typeof r[c] === 'string' && looksLikeFormula(r[c]) ? `'${r[c]}` : String(r[c]))));
}

/** Which path gave Explore's first result (the `detail.from` of its FIRST_RESULT_MARK), once the page has set it. */
export async function firstResultFrom(page: Page, timeout = 60_000): Promise<string> {
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, FIRST_RESULT_MARK, { timeout });
  return page.evaluate((m) => String(((performance.getEntriesByName(m)[0] as PerformanceMark).detail as { from: string }).from), FIRST_RESULT_MARK);
}

/** The reporter with most valued facts that name a partner, its partner with most, and its first and last years: a link with data behind it on any build. */
export async function busiestReporter(dir = DATA_DIR): Promise<{ reporter: string; partner: string; y0: number; y1: number }> {
  const [top] = await query(
    `SELECT reporter_iso3 AS reporter, arg_max(partner_iso3, n) AS partner, min(year) AS y0, max(year) AS y1
     FROM (SELECT reporter_iso3, partner_iso3, year, count(*) AS n FROM transfers WHERE value IS NOT NULL AND reporter_iso3 IS NOT NULL AND partner_iso3 IS NOT NULL GROUP BY ALL)
     GROUP BY reporter_iso3 ORDER BY sum(n) DESC, reporter_iso3 LIMIT 1`,
    [],
    dir,
  );
  if (!top) throw new Error(`${dir}: no transfers with a reporter, partner and value`);
  return { reporter: String(top.reporter), partner: String(top.partner), y0: Number(top.y0), y1: Number(top.y1) };
}
