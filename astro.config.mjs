import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { writeHashedFilesFromManifest } from './src/pipeline/hashedFiles.ts';
import { deploymentFromEnv } from './src/security/deployment.ts';
import { narrowPagePolicies, writeHeadersFile } from './src/security/headersFile.ts';
import { META_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/security/policy.ts';

// The address and sub-folder come from SITE_URL and BASE_PATH (docs/deployment.md).
const deployment = deploymentFromEnv(process.env);
if (deployment.local) console.warn(`[att] SITE_URL is not set: canonical links, feeds and snippets point at ${deployment.site}${deployment.base}`);

/**
 * The content-named table files the page fetches (`data/v/<name>.<sha16>.parquet`), made by the
 * pipeline next to the tables. The dev server serves public/data as it is: a folder written before
 * they existed gets them at start. After a build, the copies Astro made in dist/data/v become hard
 * links to the stable files again (the deploy folder stores each table once on disk), and any the
 * data folder lacked are made; the headers file then marks that folder immutable.
 */
const hashedDataFiles = {
  name: 'att-hashed-data-files',
  hooks: {
    'astro:server:setup': async ({ logger }) => {
      const data = resolve('public/data');
      if (!existsSync(join(data, 'manifest.json'))) return;
      const { linked, pruned } = await writeHashedFilesFromManifest(data);
      if (linked.length || pruned.length) logger.info(`public/data/v: ${linked.length} content-named files linked, ${pruned.length} stale removed`);
    },
    'astro:build:done': async ({ dir, logger }) => {
      const data = join(fileURLToPath(dir), 'data');
      if (!existsSync(join(data, 'manifest.json'))) return logger.warn('dist/data/manifest.json missing: no table files to name by content (run npm run data)');
      const { linked, pruned } = await writeHashedFilesFromManifest(data);
      logger.info(`data/v: ${linked.length} content-named table files linked, ${pruned.length} stale removed`);
    },
  },
};

/**
 * After the build: writes dist/_headers (CSP with the pages' hashes, security and caching headers),
 * then narrows each page's <meta> policy to the hashes of its own inline code.
 */
const securityHeaders = {
  name: 'att-security-headers',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const dist = fileURLToPath(dir);
      const rules = writeHeadersFile(dist, deployment.base);
      const saved = narrowPagePolicies(dist);
      logger.info(`_headers written (${rules.length} rules); page policies narrowed to their own hashes (${Math.round(saved / 1024)} KB less)`);
    },
  },
};

export default defineConfig({
  site: deployment.site,
  base: deployment.base,
  integrations: [react(), hashedDataFiles, securityHeaders],
  i18n: {
    locales: ['en', 'fr', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Stylesheets and scripts as files, never inlined: a page then needs no hash for them (its
  // policy allows only the site's own files), and a country profile is 1.8 KB lighter.
  build: { inlineStylesheets: 'never' },
  security: {
    // A strict policy in every page's <meta>; Astro adds the hashes of the scripts and styles it inlines.
    csp: {
      directives: [...META_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  vite: {
    optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
    // The table loader (src/db/tableLoader.worker.ts) is a module worker: ES modules, like the page.
    // Its assets are named as Astro names the page's (`[name].[hash]`, Vite's worker default is
    // `[name]-[hash]`): the parquet-wasm binary both import is then one file at one URL, fetched and
    // cached once, instead of two 4.95 MB copies (Vite skips a worker asset the page already emitted).
    worker: { format: 'es', rolldownOptions: { output: { assetFileNames: '_astro/[name].[hash][extname]' } } },
    // 0: Astro inlines no script (and Vite no asset as a data: URL); see build.inlineStylesheets.
    build: { assetsInlineLimit: 0 },
  },
});
