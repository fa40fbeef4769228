/**
 * Where the site is deployed, from the environment: `SITE_URL` (scheme and host, e.g.
 * `https://example.github.io`) and `BASE_PATH` (the sub-folder, e.g. `/portal/`; `/` by default).
 * They make canonical links, feeds, Open Graph tags and the Data page's code snippets point at the
 * real address. Without SITE_URL a build points at the local preview server and says so.
 */
export const LOCAL_PREVIEW = 'http://127.0.0.1:4321';

export interface Deployment {
  site: string;
  base: string;
  /** True when SITE_URL was not set (local builds, tests). */
  local: boolean;
}

/** `/portal` or `portal/` → `/portal/`; empty → `/`. */
export function normalizeBase(raw: string | undefined): string {
  const parts = (raw ?? '').split('/').filter(Boolean);
  for (const p of parts) if (p === '.' || p === '..' || /[?#\s]/.test(p)) throw new Error(`BASE_PATH: '${raw}' is not a plain folder path`);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

export function deploymentFromEnv(env: Record<string, string | undefined>): Deployment {
  const raw = env.SITE_URL?.trim();
  let site = LOCAL_PREVIEW;
  if (raw) {
    const u = new URL(raw);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error(`SITE_URL: '${raw}' is not an http(s) address`);
    if (u.pathname !== '/' || u.search || u.hash) throw new Error(`SITE_URL: '${raw}' has a path; put the sub-folder in BASE_PATH`);
    site = u.origin;
  }
  return { site, base: normalizeBase(env.BASE_PATH), local: !raw };
}
