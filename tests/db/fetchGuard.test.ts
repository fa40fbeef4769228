import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/db/dataFiles.ts';
import { fetchBytes, fileName, LoadError, sha256Hex, withTimeout } from '../../src/db/fetchGuard.ts';

let server: Server;
let base: string;
beforeAll(async () => {
  // SYNTHETIC files: one that answers, one that is missing, one that never answers.
  server = createServer((req, res) => {
    if (req.url?.startsWith('/ok.parquet')) res.writeHead(200).end('PAR1');
    else if (req.url?.startsWith('/hang.parquet')) return;
    else res.writeHead(404, 'Not Found').end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

describe('loading a file for the page database', () => {
  it('names the file, without path or cache key', () => {
    expect(fileName('/portal/data/transfers.parquet?v=0123abcd')).toBe('transfers.parquet');
    expect(fileName('/portal/data/v/transfers.0123456789abcdef.parquet')).toBe('transfers.parquet');
  });

  it('returns the bytes of a file that answers', async () => {
    expect(new TextDecoder().decode(await fetchBytes(`${base}/ok.parquet?v=1`))).toBe('PAR1');
  });

  it('says which file failed and its HTTP status', async () => {
    await expect(fetchBytes(`${base}/data/states.parquet?v=2`)).rejects.toThrow('states.parquet: HTTP 404 Not Found');
  });

  it('gives up on a file that never answers, saying so', async () => {
    const e = await fetchBytes(`${base}/hang.parquet`, { timeoutMs: 200 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LoadError);
    expect((e as Error).message).toBe('hang.parquet: no answer in 0 s');
  });

  it('times out any promise with the file named', async () => {
    await expect(withTimeout(new Promise(() => undefined), 50, 'duckdb-eh.wasm')).rejects.toThrow(/^duckdb-eh\.wasm: no answer/);
  });

  it('hashes like sha256sum', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('a damaged manifest', () => {
  it('is an error naming manifest.json, whether it is not JSON or has no usable table list', () => {
    expect(() => parseManifest('{"tables": [')).toThrow(/^manifest\.json: not valid JSON/);
    expect(() => parseManifest('{"builtAt": "x"}')).toThrow('manifest.json: no table list');
    expect(() => parseManifest('{"tables": [{"name": "transfers"}]}')).toThrow(/^manifest\.json: table entry without/);
  });
});
