/**
 * The published files as the browser sees them: `manifest.json` (fetched once per page) and each
 * table's Parquet URL, versioned by its sha256 so a browser cache can never mix two builds.
 */
import { withBase } from '../links/base.ts';
import { DATA_PATH } from './constants.ts';

export interface TableFile {
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
}

interface ManifestTables {
  builtAt: string;
  tables: TableFile[];
}

/** Site-root-relative URL under Astro's base path (`/` unless the site is deployed in a sub-folder). */
export const siteUrl = withBase;

let manifest: Promise<ManifestTables> | undefined;

/** The manifest's table list; a missing or malformed manifest is an error the UI shows. */
export function loadManifest(): Promise<ManifestTables> {
  manifest ??= (async () => {
    const url = siteUrl(`${DATA_PATH}/manifest.json`);
    const res = await fetch(url, { cache: 'no-cache' });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const m = (await res.json()) as Partial<ManifestTables>;
    if (!Array.isArray(m.tables)) throw new Error(`${url}: no table list`);
    return { builtAt: String(m.builtAt ?? ''), tables: m.tables };
  })();
  // A failed fetch is retried on the next call instead of being cached for the page's lifetime.
  manifest.catch(() => (manifest = undefined));
  return manifest;
}

/** URL of a table's file; the checksum in the query string is the cache key. */
export function tableUrl(t: TableFile): string {
  return siteUrl(`${DATA_PATH}/${t.name}.parquet?v=${t.sha256.slice(0, 16)}`);
}

/** Fetches a table's Parquet bytes. */
export async function fetchTable(t: TableFile, signal?: AbortSignal): Promise<Uint8Array> {
  const url = tableUrl(t);
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}
