/**
 * The Data page's code snippets, as printed, against a served copy of the site: each one's Parquet
 * URL is the build's address (SITE_URL + BASE_PATH) and, mapped onto the test server, answers with
 * the manifest's file; the query runs in DuckDB (@duckdb/node-api, the browser's engine) and the
 * CLI, Python and R snippets give the same rows. DuckDB's httpfs extension cannot be installed
 * offline, so the engine reads the bytes fetched from the served URL from a temporary file.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'parse5';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { deploymentFromEnv } from '../../src/security/deployment.ts';
import { DATA_DIR } from './queryHelpers.ts';

const baseUrl = inject('baseUrl');
const tmp = mkdtempSync(join(tmpdir(), 'att-snippets-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Node = { nodeName: string; childNodes?: Node[]; value?: string; attrs?: { name: string; value: string }[] };
function text(n: Node): string {
  return n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(text).join('');
}
function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.childNodes ?? []) yield* walk(c);
}

/** The snippets of the served Data page, by the id of their heading. */
async function snippets(): Promise<Map<string, string>> {
  const html = await (await fetch(`${baseUrl}/en/data/`)).text();
  const out = new Map<string, string>();
  for (const n of walk(parse(html) as unknown as Node)) {
    const by = n.attrs?.find((a) => a.name === 'aria-labelledby')?.value;
    if (n.nodeName === 'pre' && by?.startsWith('snippet-')) out.set(by, text(n));
  }
  return out;
}

/** The SQL statement of a snippet: the CLI's lines after the comments, Python's """…""", R's "…". */
function sqlOf(id: string, code: string): string {
  if (id === 'snippet-cli')
    return code
      .split('\n')
      .filter((l) => !l.startsWith('--'))
      .join('\n')
      .trim()
      .replace(/;$/, '');
  if (id === 'snippet-python') return code.slice(code.indexOf('"""') + 3, code.lastIndexOf('"""')).trim();
  return code.slice(code.indexOf('dbGetQuery(con, "') + 17, code.lastIndexOf('"')).trim();
}

describe('the Data page snippets', () => {
  it('name the build’s address and run as printed against the served files, all three alike', async () => {
    const found = await snippets();
    expect([...found.keys()].sort()).toEqual(['snippet-cli', 'snippet-python', 'snippet-r']);
    const { site, base } = deploymentFromEnv(process.env);
    const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as { tables: { name: string; sha256: string }[] };
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const results: string[] = [];
    for (const [id, code] of found) {
      const sql = sqlOf(id, code);
      const urls = sql.match(/'(https?:\/\/[^']+\.parquet)'/g)?.map((u) => u.slice(1, -1)) ?? [];
      expect(urls.length, id).toBeGreaterThan(0);
      let local = sql;
      for (const url of urls) {
        expect(url.startsWith(`${site}${base}data/`), `${id}: ${url}`).toBe(true);
        // The same path on the served copy must answer with the published file.
        const served = new URL(`${baseUrl}${new URL(url).pathname.slice(base.length - 1)}`);
        const res = await fetch(served);
        expect(res.status, served.href).toBe(200);
        const bytes = Buffer.from(await res.arrayBuffer());
        const name = url.slice(url.lastIndexOf('/') + 1, -'.parquet'.length);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(manifest.tables.find((t) => t.name === name)?.sha256);
        const file = join(tmp, `${name}.parquet`);
        writeFileSync(file, bytes);
        local = local.replaceAll(`'${url}'`, `'${file}'`);
      }
      const rows = (await conn.runAndReadAll(local)).getRowsJson();
      expect(rows.length, id).toBeGreaterThan(0);
      results.push(JSON.stringify(rows));
    }
    expect(new Set(results).size).toBe(1);
    conn.closeSync();
  });
});
