import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { deploymentFromEnv } from './src/security/deployment.ts';
import { writeHeadersFile } from './src/security/headersFile.ts';
import { META_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/security/policy.ts';

// The address and sub-folder come from SITE_URL and BASE_PATH (docs/deployment.md).
const deployment = deploymentFromEnv(process.env);
if (deployment.local) console.warn(`[att] SITE_URL is not set: canonical links, feeds and snippets point at ${deployment.site}${deployment.base}`);

/** Writes dist/_headers (CSP with the pages' hashes, security and caching headers) after the build. */
const securityHeaders = {
  name: 'att-security-headers',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const rules = writeHeadersFile(fileURLToPath(dir), deployment.base);
      logger.info(`_headers written: ${rules.length} rules`);
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
  },
});
