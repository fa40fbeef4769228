/**
 * Serves the built site (`dist/`, or ATT_DIST_DIR) for the end-to-end tests; the base URL reaches
 * the tests through vitest's provide/inject.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/browser/staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = resolve(process.env.ATT_DIST_DIR ?? 'dist');
  try {
    await stat(join(dist, 'index.html'));
  } catch {
    throw new Error(`${dist}/index.html not found: build the site first (npm run test:e2e builds it)`);
  }
  const { url, close } = await serveStatic(dist);
  project.provide('baseUrl', url);
  return close;
}
