/**
 * Where the site reads the published tables at build time. The pipeline writes `public/data/`;
 * `ATT_DATA_DIR` points elsewhere (tests build against synthetic tables in a temp folder).
 */
import { resolve } from 'node:path';

export function dataDir(): string {
  return resolve(process.env.ATT_DATA_DIR ?? 'public/data');
}

