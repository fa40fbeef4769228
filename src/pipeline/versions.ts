/** Versions recorded in the manifest, so a figure can be traced to the code and engine that built it. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function toolVersions(root: string): Promise<Record<string, string>> {
  const pkg = async (name: string) => {
    try {
      return (JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  const self = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    portal: self.version,
    node: process.versions.node,
    duckdb: await pkg('@duckdb/node-api'),
    'duckdb-wasm': await pkg('@duckdb/duckdb-wasm'),
  };
}
