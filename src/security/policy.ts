/**
 * The site's Content-Security-Policy and the other security headers, in one place: the Astro
 * config puts the fetch directives in every page's `<meta http-equiv>` (Astro adds the hashes of its
 * own inline scripts and styles), and the build writes the same policy, with the union of those
 * hashes, as HTTP headers for hosts that read a `_headers` file (see docs/deployment.md).
 *
 * Why each source is there:
 * - `'wasm-unsafe-eval'`: DuckDB and the Parquet decoder are WebAssembly; compiling wasm needs it
 *   (and it allows no JavaScript eval).
 * - `img-src data: blob:`: the favicon is a data: URL (no request), and the PNG export draws the
 *   chart's SVG from a blob: URL.
 * - `worker-src 'self'`: DuckDB runs in a Web Worker loaded from the site's own assets.
 * Everything else comes from the site's origin only; plugins, `<base>` and form posts elsewhere
 * are refused. No Node or DOM imports: the config, the build hook and the tests use it.
 */

/** Directives that a `<meta>` policy can carry (script-src and style-src are Astro's, with hashes). */
export const META_DIRECTIVES = ["default-src 'self'", "connect-src 'self'", "img-src 'self' data: blob:", "font-src 'self'", "worker-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"] as const;

export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/**
 * `frame-ancestors` only works in an HTTP header (browsers ignore it in `<meta>`): every page
 * refuses to be framed except the embeds, which exist to be framed by any site.
 */
export const NO_FRAMING = "frame-ancestors 'none'";

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
};

/** The full policy for an HTTP header, given the hashes Astro put in the pages' meta policies. */
export function headerPolicy(scriptHashes: readonly string[], styleHashes: readonly string[]): string {
  const quoted = (hs: readonly string[]) => [...new Set(hs)].sort().map((h) => `'${h}'`);
  return [...META_DIRECTIVES, ['script-src', ...SCRIPT_SOURCES, ...quoted(scriptHashes)].join(' '), ['style-src', ...STYLE_SOURCES, ...quoted(styleHashes)].join(' ')].join('; ');
}

/** Parses a policy into directive name → sources (lower-case names, sources as written). */
export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The hashes (`sha256-…`, unquoted) a policy allows for one directive. */
export function hashesIn(policy: string, directive: string): string[] {
  return (parsePolicy(policy).get(directive) ?? []).filter((s) => /^'sha(256|384|512)-/.test(s)).map((s) => s.slice(1, -1));
}
