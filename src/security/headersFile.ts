/**
 * Writes the host headers file (`_headers`, read by Netlify and Cloudflare Pages) into the built
 * site: the page policy with every hash Astro put in the pages' `<meta>` policies, the other
 * security headers, long caching for content-hashed assets and tables, and `frame-ancestors 'none'` on every
 * section except the embeds. Runs at the end of `astro build` (see astro.config.mjs).
 *
 * Header rules that match one path add up (a repeated header is joined with a comma, which for
 * CSP means "both policies apply"), and `_headers` has no "every path except" rule; so the no-
 * framing policy is listed per section, from the folders the build actually wrote.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { HASHED_DIR } from '../schema/dataLayout.ts';
import { narrowPagePolicy } from './pagePolicy.ts';
import { COMMON_HEADERS, hashesIn, headerPolicy, NO_FRAMING } from './policy.ts';

export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

/** The `content` of a document's `<meta http-equiv="content-security-policy">`, if any. */
export function metaPolicy(html: string): string | undefined {
  const end = html.indexOf('</head>');
  const head = parseFragment(end < 0 ? html : html.slice(0, end));
  const stack = [...head.childNodes];
  while (stack.length) {
    const node = stack.shift()!;
    if ('tagName' in node && node.tagName === 'meta') {
      const attr = (n: string) => node.attrs.find((a) => a.name === n)?.value;
      if (attr('http-equiv')?.toLowerCase() === 'content-security-policy') return attr('content');
    }
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return undefined;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Caching of the data folder. The page reads each table by its content-named copy in `data/v/`
 * (src/schema/dataLayout.ts): a new build is a new name, so that folder is immutable, like
 * `_astro/`. Everything else there keeps its name from build to build (the manifest, which names
 * the new hashes; the stable table files, which are the download links; templates, history) and is
 * revalidated (`no-cache`: an ETag check, a 304 without a body). Rules add up and `*` also matches
 * `/`, so a `data/*` rule would reach into `v/` ("no-cache, …, immutable"): the other entries are
 * listed one by one, from what the build wrote.
 */
function dataRules(dist: string, b: string): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: `${b}data/${HASHED_DIR}/*`, headers: [['Cache-Control', IMMUTABLE]] }];
  const data = join(dist, 'data');
  if (!existsSync(data)) return rules;
  for (const name of readdirSync(data).sort()) {
    if (name === HASHED_DIR) continue;
    const dir = statSync(join(data, name)).isDirectory();
    rules.push({ path: `${b}data/${name}${dir ? '/*' : ''}`, headers: [['Cache-Control', 'no-cache']] });
  }
  return rules;
}

/** The rules for a built site in `dist` served under `base` (`/` or `/portal/`). */
export function headerRules(dist: string, base: string): HeaderRule[] {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const file of htmlFiles(dist)) {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    if (!policy) continue;
    scripts.push(...hashesIn(policy, 'script-src'));
    styles.push(...hashesIn(policy, 'style-src'));
  }
  const b = base.endsWith('/') ? base : `${base}/`;
  const rules: HeaderRule[] = [
    { path: `${b}*`, headers: [['Content-Security-Policy', headerPolicy(scripts, styles)], ...Object.entries(COMMON_HEADERS)] },
    // Vite names these files by content hash: a new build gets new names, so they never go stale.
    { path: `${b}_astro/*`, headers: [['Cache-Control', IMMUTABLE]] },
    ...dataRules(dist, b),
  ];
  const noFraming = (path: string): HeaderRule => ({ path, headers: [['Content-Security-Policy', NO_FRAMING]] });
  rules.push(noFraming(b));
  for (const top of readdirSync(dist).sort()) {
    const dir = join(dist, top);
    if (!statSync(dir).isDirectory() || top === '_astro' || top === 'data' || top === 'og') continue;
    rules.push(noFraming(`${b}${top}/`));
    for (const section of readdirSync(dir).sort()) {
      if (section === 'embed' || !statSync(join(dir, section)).isDirectory()) continue;
      rules.push(noFraming(`${b}${top}/${section}/*`));
    }
  }
  return rules;
}

export function headersFileText(rules: readonly HeaderRule[]): string {
  const lines = ['# Written by the build (src/security/headersFile.ts): HTTP headers for Netlify and Cloudflare Pages.', '# Other hosts: docs/deployment.md.'];
  for (const r of rules) lines.push('', r.path, ...r.headers.map(([k, v]) => `  ${k}: ${v}`));
  return `${lines.join('\n')}\n`;
}

/** Parses a `_headers` file back into rules (the e2e server applies them like a host would). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const i = line.indexOf(':');
      const rule = rules.at(-1);
      if (!rule || i < 0) throw new Error(`_headers: header line outside a rule or without a colon: ${line.trim()}`);
      rule.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Headers for one request path: every matching rule adds up; a repeated name is comma-joined. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const pattern = new RegExp(
      `^${r.path
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/gi, '[^/]+'))
        .join('.*')}$`,
    );
    if (!pattern.test(pathname)) continue;
    for (const [k, v] of r.headers) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  }
  return out;
}

/** Narrows every page's meta policy to its own hashes (pagePolicy.ts); returns the bytes saved. */
export function narrowPagePolicies(dist: string): number {
  let saved = 0;
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    const narrowed = narrowPagePolicy(html);
    if (narrowed === html) continue;
    saved += Buffer.byteLength(html) - Buffer.byteLength(narrowed);
    writeFileSync(file, narrowed);
  }
  return saved;
}

export function writeHeadersFile(dist: string, base: string): HeaderRule[] {
  // The header policy takes the union of the page policies: read them before narrowing.
  const rules = headerRules(dist, base);
  writeFileSync(join(dist, '_headers'), headersFileText(rules));
  return rules;
}
