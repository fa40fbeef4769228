import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The smallest valid WebAssembly module (magic number and version): SYNTHETIC, it stands in for the decoder.
const EMPTY_WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

const wasmResponse = (type: string) => new Response(EMPTY_WASM, { status: 200, headers: { 'Content-Type': type } });

describe("the page's compiled Parquet decoder", () => {
  it('compiles the decoder once, whoever asks (the first-answer worker, then the table loader)', async () => {
    const fetch = vi.fn(async () => wasmResponse('application/wasm'));
    vi.stubGlobal('fetch', fetch);
    const { decoderModule } = await import('../../src/db/decoderModule.ts');
    const [a, b] = await Promise.all([decoderModule(), decoderModule()]);
    expect(a).toBeInstanceOf(WebAssembly.Module);
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![0])).toMatch(/parquet_wasm_bg.*\.wasm$/);
  });

  it('gives null (the worker then compiles its own, and reports any error) on an HTTP error or a wrong content type', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    expect(await (await import('../../src/db/decoderModule.ts')).decoderModule()).toBeNull();
    vi.resetModules();
    vi.stubGlobal('fetch', async () => wasmResponse('application/octet-stream'));
    expect(await (await import('../../src/db/decoderModule.ts')).decoderModule()).toBeNull();
  });
});
