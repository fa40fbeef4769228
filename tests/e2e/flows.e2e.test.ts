/**
 * The flows view and the trade register in Chromium, EN/FR/ES, on the real build's Parquet files:
 * the flows table and a flow's facts equal native DuckDB (@duckdb/node-api) running the same named
 * queries on the same files, and equal each other; the register's filtered rows, pages and CSV
 * equal native DuckDB; the other side's report matches the UN Register mirror pairs; no request
 * leaves the origin, no CSP violation, no console error, axe passes.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { looksLikeFormula } from '../../src/formats/csv.ts';
import { flowFactsQuery, flowFactsSummaryQuery, flowsDefaultQuery, flowsQuery } from '../../src/queries/flows.ts';
import { defaultFlowsState, parseFlowsQuery, serializeFlowsState, type FlowsState } from '../../src/queries/flowsState.ts';
import { REGISTER_COLUMNS, registerCountQuery, registerQuery } from '../../src/queries/register.ts';
import { registerMirrorQuery } from '../../src/queries/registerMirrors.ts';
import { PAGE_SIZE, serializeRegisterState, type RegisterState, defaultRegisterState } from '../../src/queries/registerState.ts';
import { downloadText, nativeRows, parseCsv, runsOf, waitForRuns } from './queryHelpers.ts';
import { expectNoSeriousAxeViolations, expectShell, LANGS, openCleanPage } from './shell.ts';
import { e2eSession } from './session.ts';

const { baseUrl, browser } = await e2eSession();
const FLOWS = '.flows-result';
const FACTS = '.flow-facts';
const REGISTER = '.register-result';

/** The page's default source and currency, 2010–2011. */
let flowsState: FlowsState;
/** A UN Register transfer reported by both sides (exporter, importer). */
let mirror: { exporter: string; importer: string; year: number; category: string; exporter_items: number | null; importer_items: number | null };

beforeAll(async () => {
  const [top] = await nativeRows(flowsDefaultQuery().sql);
  flowsState = { ...defaultFlowsState(String(top!.source_id), String(top!.currency)), yearFrom: 2010, yearTo: 2011 };
  const q = registerMirrorQuery(50);
  const pairs = (await nativeRows(q.sql, q.params)).filter((p) => p.reported_by === 'both' && p.exporter_items_text === 0 && p.importer_items_text === 0);
  mirror = pairs[0] as typeof mirror;
});

/** Records CSP violations from the first script on (as csp.e2e.test.ts does). */
async function watchCsp(page: Page): Promise<() => Promise<unknown[]>> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (globalThis as unknown as { __csp: unknown[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }));
  });
  return () => page.evaluate(() => (globalThis as unknown as { __csp: unknown[] }).__csp);
}

describe.each(LANGS)('Flows (%s)', (lang) => {
  it('ranks the flows as native DuckDB does, and a flow’s facts (chosen with the keyboard) add up to its row', async () => {
    const s = await openCleanPage(browser, baseUrl, `/${lang}/flows?${serializeFlowsState(flowsState)}`);
    const csp = await watchCsp(s.page);
    await s.page.reload({ waitUntil: 'networkidle' });
    await expectShell(s.page, lang, '/flows');
    expect(await waitForRuns(s.page, FLOWS, 1)).toBe('done');
    const q = flowsQuery(flowsState);
    const native = await nativeRows(q.sql, q.params);
    expect(native.length).toBeGreaterThan(20);
    expect(Number(await s.page.getAttribute(FLOWS, 'data-flows'))).toBe(native.length);
    const shown = await s.page
      .locator(`${FLOWS} table.flows-table tbody tr`)
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-flow'), Number(tr.getAttribute('data-amount')), Number(tr.getAttribute('data-facts'))]));
    expect(shown).toEqual(native.slice(0, shown.length).map((r) => [`${r.exporter ?? '-'}>${r.importer ?? '-'}`, r.amount, r.facts]));

    // The chart: one band per named flow, reachable by Tab and chosen with Enter.
    const band = s.page.locator('.flows-chart .flows-band.is-flow').last();
    const flowKey = (await band.getAttribute('data-flow'))!;
    await band.focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector(`${FACTS}[data-flow="${flowKey}"]`);
    expect(await waitForRuns(s.page, FACTS, 2)).toBe('done');
    expect(parseFlowsQuery(new URL(s.page.url()).search.slice(1)).state.flow).toEqual({ exporter: flowKey.split('>')[0], importer: flowKey.split('>')[1] });

    const [exporter, importer] = flowKey.split('>') as [string, string];
    const row = native.find((r) => r.exporter === exporter && r.importer === importer)!;
    const key = { exporter, importer };
    const summary = flowFactsSummaryQuery(flowsState, key);
    const [nativeSummary] = await nativeRows(summary.sql, summary.params);
    expect(nativeSummary).toEqual({ facts: row.facts, amount: row.amount });
    const total = s.page.locator(`${FACTS} [data-facts-total]`);
    expect(Number(await total.getAttribute('data-facts-total'))).toBe(row.facts);
    expect(Number(await total.getAttribute('data-facts-amount'))).toBe(row.amount);
    // The listed facts are native DuckDB's, and (when all fit on one page) add up to the flow's figure.
    const facts = flowFactsQuery(flowsState, key, lang, 50, 0);
    const nativeFacts = await nativeRows(facts.sql, facts.params);
    const listed = await s.page.locator(`${FACTS} tbody tr`).evaluateAll((trs) => trs.map((tr) => [Number(tr.getAttribute('data-transfer-id')), Number(tr.getAttribute('data-amount'))]));
    expect(listed).toEqual(nativeFacts.map((r) => [r.transfer_id, r.value]));
    if ((row.facts as number) <= 50) expect(listed.reduce((a, [, v]) => a + v!, 0)).toBeCloseTo(row.amount as number, 2);
    // Each fact names its file and line.
    expect(await s.page.locator(`${FACTS} tbody tr`).first().innerText()).toContain(String(nativeFacts[0]!.source_line));

    await expectNoSeriousAxeViolations(s.page);
    expect(await csp()).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
    // Two queries, two page loads, the reference answers and axe: on a loaded two-core machine the
    // first language (cold DuckDB) has taken 50–60 s.
  }, 150_000);
});

describe('Flows downloads and permalink', () => {
  it('writes every flow to the CSV, and a table row’s Facts button gives that flow’s facts', async () => {
    const s = await openCleanPage(browser, baseUrl, `/en/flows?${serializeFlowsState(flowsState)}`);
    await waitForRuns(s.page, FLOWS, 1);
    const q = flowsQuery(flowsState);
    const native = await nativeRows(q.sql, q.params);
    const csv = await downloadText(s.page, `${FLOWS} [data-download="csv"]`);
    const [header, ...rows] = parseCsv(csv.text);
    expect(header).toEqual(['exporter', 'importer', `value_${flowsState.currency}`, 'facts', 'year_min', 'year_max']);
    expect(rows).toEqual(native.map((r) => [r.exporter, r.importer, r.amount, r.facts, r.year_min, r.year_max].map((v) => (v === null ? '' : String(v)))));
    // The third row's Facts button.
    const third = native[2]!;
    await s.page.locator(`${FLOWS} table.flows-table tbody tr`).nth(2).getByRole('button').click();
    await s.page.waitForSelector(`${FACTS}[data-flow="${third.exporter}>${third.importer}"]`);
    await waitForRuns(s.page, FACTS, 2);
    expect(Number(await s.page.getAttribute(`${FACTS} [data-facts-total]`, 'data-facts-total'))).toBe(third.facts);
    // The URL restores the same view with the same flow open.
    const again = await openCleanPage(browser, baseUrl, new URL(s.page.url()).pathname + new URL(s.page.url()).search);
    await waitForRuns(again.page, FACTS, 2);
    expect(await again.page.getAttribute(FACTS, 'data-flow')).toBe(`${third.exporter}>${third.importer}`);
    for (const x of [s, again]) expect(x.consoleErrors).toEqual([]);
    await s.close();
    await again.close();
  });
});

describe('Flows embed', () => {
  it('draws the same flows in the embed page, under the policy, and refuses a link it does not understand', async () => {
    const s = await openCleanPage(browser, baseUrl, `/fr/embed/flows?${serializeFlowsState({ ...flowsState, flow: null })}`);
    const csp = await watchCsp(s.page);
    await s.page.reload({ waitUntil: 'networkidle' });
    await s.page.waitForSelector('.flows-embed[data-result-state="done"] .flows-chart svg');
    const q = flowsQuery(flowsState);
    const native = await nativeRows(q.sql, q.params);
    // The chart's text alternative counts the flows of native DuckDB's answer.
    expect(await s.page.locator('.flows-embed .chart-alt').innerText()).toContain(new Intl.NumberFormat('fr').format(native.length));
    expect(await s.page.locator('.flows-embed a[target="_blank"]').getAttribute('href')).toBe(`/fr/flows?${serializeFlowsState({ ...flowsState, flow: null })}`);
    await expectNoSeriousAxeViolations(s.page);
    expect(await csp()).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    const bad = await openCleanPage(browser, baseUrl, '/fr/embed/flows?basis=given');
    await bad.page.waitForSelector('.flows-embed[data-result-state="refused"]');
    expect(await bad.page.locator('.flows-embed svg').count()).toBe(0);
    for (const x of [s, bad]) expect(x.consoleErrors).toEqual([]);
    await s.close();
    await bad.close();
  });
});

/** Native rows as the project's CSV writer writes them: text a spreadsheet would evaluate gets a leading '. */
function csvCells(rows: readonly Record<string, unknown>[], columns: readonly string[]): string[][] {
  return rows.map((r) => columns.map((c) => (r[c] === null || r[c] === undefined ? '' : typeof r[c] === 'string' && looksLikeFormula(r[c]) ? `'${r[c]}` : String(r[c]))));
}

describe.each(LANGS)('Trade register (%s)', (lang) => {
  it('shows native DuckDB’s filtered rows a page at a time, with the other side’s report beside Register rows', async () => {
    const state: RegisterState = { ...defaultRegisterState(), source: 'unroca-transfers', yearFrom: mirror.year, yearTo: mirror.year };
    const s = await openCleanPage(browser, baseUrl, `/${lang}/register?${serializeRegisterState(state)}`);
    const csp = await watchCsp(s.page);
    await s.page.reload({ waitUntil: 'networkidle' });
    await expectShell(s.page, lang, '/register');
    expect(await waitForRuns(s.page, REGISTER, 2)).toBe('done');
    const count = registerCountQuery(state);
    const [{ facts: total }] = (await nativeRows(count.sql, count.params)) as [{ facts: number }];
    expect(total).toBeGreaterThan(PAGE_SIZE);
    expect(Number(await s.page.getAttribute(REGISTER, 'data-total'))).toBe(total);
    const ids = () => s.page.locator(`${REGISTER} tbody tr`).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-transfer-id'))));
    const page1 = registerQuery(state, lang, PAGE_SIZE);
    expect(await ids()).toEqual((await nativeRows(page1.sql, page1.params)).map((r) => r.transfer_id));
    // Next page, by keyboard.
    const runs = await runsOf(s.page, REGISTER);
    await s.page.locator(`${REGISTER} [data-page="next"]`).focus();
    await s.page.keyboard.press('Enter');
    // Only the page's rows are read again: the count does not depend on the page.
    await waitForRuns(s.page, REGISTER, runs + 1);
    const page2 = registerQuery({ ...state, page: 2 }, lang, PAGE_SIZE);
    expect(await ids()).toEqual((await nativeRows(page2.sql, page2.params)).map((r) => r.transfer_id));
    expect(new URL(s.page.url()).searchParams.get('page')).toBe('2');
    await expectNoSeriousAxeViolations(s.page);
    expect(await csp()).toEqual([]);
    expect(s.foreignRequests).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});

describe('Trade register: mirrors and downloads', () => {
  it('sets the exporter’s and the importer’s reports of one Register transfer side by side, as the mirror pairs do', async () => {
    expect(mirror, 'a UN Register transfer reported by both sides').toBeDefined();
    const state: RegisterState = {
      ...defaultRegisterState(),
      supplier: mirror.exporter,
      recipient: mirror.importer,
      yearFrom: mirror.year,
      yearTo: mirror.year,
      category: { scheme: 'UNROCA', code: mirror.category },
      source: 'unroca-transfers',
    };
    const s = await openCleanPage(browser, baseUrl, `/en/register?${serializeRegisterState(state)}`);
    await waitForRuns(s.page, REGISTER, 2);
    const q = registerQuery(state, 'en', null);
    const native = await nativeRows(q.sql, q.params);
    const exporterSide = native.filter((r) => r.direction === 'export');
    const importerSide = native.filter((r) => r.direction === 'import');
    expect(exporterSide.length).toBeGreaterThan(0);
    expect(importerSide.length).toBeGreaterThan(0);
    for (const r of exporterSide) expect(r.other_items).toBe(mirror.importer_items);
    for (const r of importerSide) expect(r.other_items).toBe(mirror.exporter_items);
    const texts = await s.page.locator(`${REGISTER} tbody tr .register-other`).allInnerTexts();
    expect(texts).toHaveLength(native.length);
    for (const [i, r] of native.entries()) expect(texts[i]).toContain(new Intl.NumberFormat('en').format(r.other_items as number));

    // CSV of the filtered set: native DuckDB's rows, through the one CSV writer.
    const csv = await downloadText(s.page, `${REGISTER} [data-download="csv"]`);
    const [header, ...rows] = parseCsv(csv.text);
    expect(header).toEqual([...REGISTER_COLUMNS]);
    expect(rows).toEqual(csvCells(native, REGISTER_COLUMNS));

    // The category filter lists the categories the chosen source's facts use, all of them without a source.
    const listed = async () => (await s.page.locator('.register-form select[name="category"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(Boolean).sort();
    const used = async (source: string | null) =>
      (await nativeRows(`SELECT DISTINCT category_scheme || ':' || category_code AS k FROM transfers${source ? ' WHERE source_id = ?' : ''}`, source ? [source] : [])).map((r) => String(r.k)).sort();
    const ofSource = await used('unroca-transfers');
    expect(ofSource.every((k) => k.startsWith('UNROCA:'))).toBe(true);
    expect(await listed()).toEqual(ofSource);
    await s.page.locator('.register-form select[name="source"]').selectOption('');
    expect(await listed()).toEqual(await used(null));
    expect((await listed()).length).toBeGreaterThan(ofSource.length);
    // A category the newly chosen source does not use is let go.
    await s.page.locator('.register-form select[name="source"]').selectOption('eu-coarm-okfn');
    expect(await listed()).toEqual(await used('eu-coarm-okfn'));
    await s.page.waitForFunction(() => !new URL(location.href).searchParams.has('category'));
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});
