import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { deploymentFromEnv } from './src/security/deployment.ts';
import { narrowPagePolicies, writeHeadersFile } from './src/security/headersFile.ts';
import { META_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/security/policy.ts';

// The address and sub-folder come from SITE_URL and BASE_PATH (docs/deployment.md).
const deployment = deploymentFromEnv(process.env);
if (deployment.local) console.warn(`[att] SITE_URL is not set: canonical links, feeds and snippets point at ${deployment.site}${deployment.base}`);

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
  integrations: [react(), securityHeaders],
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
