/**
 * Serves the built site (`dist/`, or ATT_DIST_DIR) for the end-to-end tests, with the headers of its
 * `_headers` file (the Content-Security-Policy among them) and, for a BASE_PATH build, only under
 * that sub-folder; the base URL reaches the tests through vitest's provide/inject.
 */
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { hostHeaderRules, serveStatic } from '../../scripts/browser/staticServer.ts';
import { normalizeBase } from '../../src/security/deployment.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** True when the server sends the headers of dist/_headers (CSP included). */
    hostHeaders: boolean;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = resolve(process.env.ATT_DIST_DIR ?? 'dist');
  try {
    await stat(join(dist, 'index.html'));
  } catch {
    throw new Error(`${dist}/index.html not found: build the site first (npm run test:e2e builds it)`);
  }
  const rules = hostHeaderRules(dist);
  const base = normalizeBase(process.env.BASE_PATH);
  const { url, close } = await serveStatic(dist, rules, base);
  // Tests address pages from the site's root: under a base path, that is the sub-folder.
  project.provide('baseUrl', `${url}${base.slice(0, -1)}`);
  project.provide('hostHeaders', rules.length > 0);
  return close;
}
