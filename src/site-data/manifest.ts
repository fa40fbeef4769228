/**
 * Reads `manifest.json` (written by the pipeline) once per build. Pages use it for row counts,
 * sizes, checksums, sources, licences and the build date. A missing manifest is not an error for
 * the layout (the footer then says the data is not built), but pages that need it call `requireManifest`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../schema/manifest.ts';
import { dataDir } from './dataDir.ts';

const cache = new Map<string, Manifest | null>();

export function readManifest(dir = dataDir()): Manifest | null {
  if (cache.has(dir)) return cache.get(dir)!;
  let m: Manifest | null = null;
  try {
    m = parseManifest(readFileSync(join(dir, 'manifest.json'), 'utf8'), join(dir, 'manifest.json'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  cache.set(dir, m);
  return m;
}

export function requireManifest(dir = dataDir()): Manifest {
  const m = readManifest(dir);
  if (!m) throw new Error(`${join(dir, 'manifest.json')} not found: run npm run data first (or set ATT_DATA_DIR)`);
  return m;
}

/** Checks the fields the site relies on, so a stale or foreign manifest fails the build with a reason. */
export function parseManifest(text: string, where: string): Manifest {
  const m = JSON.parse(text) as Partial<Manifest>;
  const missing = (['builtAt', 'snapshotId', 'tables', 'sources', 'coverage', 'reconciliation'] as const).filter((k) => m[k] === undefined);
  if (missing.length) throw new Error(`${where}: manifest lacks ${missing.join(', ')}`);
  if (!Array.isArray(m.tables) || !Array.isArray(m.sources)) throw new Error(`${where}: tables and sources must be lists`);
  return m as Manifest;
}

/** Forgets cached manifests (tests switch data folders). */
export function clearManifestCache(): void {
  cache.clear();
}
