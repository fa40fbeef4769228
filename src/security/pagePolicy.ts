/**
 * Narrows each built page's `<meta>` policy to the hashes of the inline scripts and styles that
 * page actually has. Astro lists every hash of the whole site in every page (25 of them, 1.3 KB):
 * a page then allows inline code it never contains, and country profiles outgrow their 64 KB
 * budget. Run on the built HTML (astro.config.mjs, after the build); the policy only ever shrinks.
 */
import { createHash } from 'node:crypto';
import { parse } from 'parse5';
import { parsePolicy } from './policy.ts';

type Node = {
  nodeName: string;
  childNodes?: Node[];
  attrs?: { name: string; value: string }[];
  value?: string;
  sourceCodeLocation?: { attrs?: Record<string, { startOffset: number; endOffset: number }> } | null;
};

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
/** Script types the browser executes (JSON data blocks are not scripts, so no policy applies). */
const EXECUTED = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function* walk(n: Node): Generator<Node> {
  yield n;
  for (const c of n.childNodes ?? []) yield* walk(c);
}

/** The page with its CSP meta narrowed; the page unchanged when it has no such meta. */
export function narrowPagePolicy(html: string): string {
  const doc = parse(html, { sourceCodeLocationInfo: true }) as unknown as Node;
  let meta: Node | undefined;
  const used = { 'script-src': new Set<string>(), 'style-src': new Set<string>() };
  for (const n of walk(doc)) {
    if (n.nodeName === 'meta' && attr(n, 'http-equiv')?.toLowerCase() === 'content-security-policy') meta ??= n;
    const inline = (n.childNodes ?? []).map((c) => c.value ?? '').join('');
    if (n.nodeName === 'script' && attr(n, 'src') === undefined && EXECUTED.has((attr(n, 'type') ?? '').toLowerCase())) used['script-src'].add(sha256(inline));
    if (n.nodeName === 'style') used['style-src'].add(sha256(inline));
  }
  const loc = meta?.sourceCodeLocation?.attrs?.content;
  const policy = meta && attr(meta, 'content');
  if (!loc || !policy) return html;
  const narrowed = [...parsePolicy(policy)]
    .map(([name, sources]) => {
      const keep = name in used ? sources.filter((s) => !/^'sha(256|384|512)-/.test(s) || used[name as keyof typeof used].has(s.slice(1, -1))) : sources;
      return [name, ...keep].join(' ');
    })
    .join('; ');
  return `${html.slice(0, loc.startOffset)}content="${narrowed}"${html.slice(loc.endOffset)}`;
}
