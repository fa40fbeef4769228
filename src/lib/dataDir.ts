/**
 * Where the site reads the published tables at build time. The pipeline writes `public/data/`;
 * `ATT_DATA_DIR` points elsewhere (tests build against synthetic tables in a temp folder).
 */
import { resolve } from 'node:path';
import { withBase } from '../links/base.ts';

export function dataDir(): string {
  return resolve(process.env.ATT_DATA_DIR ?? 'public/data');
}

/** URL path under which the browser fetches the same files (Astro copies `public/` to the site root, under the base path). */
export const DATA_URL_PATH = withBase('/data');
