/**
 * The site's base path (`/`, or `/portal/` when deployed in a sub-folder: BASE_PATH, see
 * src/security/deployment.ts). Vite sets `import.meta.env.BASE_URL` at build time and in the
 * browser bundle; under plain Node (pipeline, scripts) it is absent and the base is `/`.
 */
export function basePath(): string {
  const base = import.meta.env?.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A site-root path (`/data/manifest.json`) under the base path (`/portal/data/manifest.json`). */
export function withBase(path: string): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return `${basePath().slice(0, -1)}${p}`;
}

/** The site-root path of a URL path under the base (`/portal/en/` → `/en/`); unchanged outside it. */
export function withoutBase(pathname: string): string {
  const b = basePath().slice(0, -1);
  return b && (pathname === b || pathname.startsWith(`${b}/`)) ? pathname.slice(b.length) || '/' : pathname;
}
