/**
 * Size of the pre-built embed pages in dist/ (run after `npm run build`): each is one HTML file
 * with inline styles and SVG and no script, so its size is what a reader's browser transfers
 * (uncompressed; servers usually gzip it to a quarter). Fails when one is over the 100 KB budget.
 *
 *   node scripts/embedBudget.ts [dist]
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const BUDGET = 100 * 1024;
const dist = resolve(process.argv[2] ?? 'dist');

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

const sizes: { path: string; bytes: number }[] = [];
for (const lang of readdirSync(dist)) {
  const dir = join(dist, lang, 'embed');
  try {
    if (!statSync(dir).isDirectory()) continue;
  } catch {
    continue;
  }
  for (const file of htmlFiles(dir)) if (!file.includes(`${join('embed', 'explore')}`)) sizes.push({ path: file.slice(dist.length), bytes: statSync(file).size });
}
if (!sizes.length) throw new Error(`no embed pages under ${dist}: build first`);
sizes.sort((a, b) => a.bytes - b.bytes);
const q = (f: number) => sizes[Math.min(sizes.length - 1, Math.floor(f * sizes.length))]!.bytes;
const over = sizes.filter((s) => s.bytes > BUDGET);
console.log(`${sizes.length} pre-built embed pages: min ${q(0)} B, median ${q(0.5)} B, p95 ${q(0.95)} B, max ${sizes.at(-1)!.bytes} B (${sizes.at(-1)!.path}); budget ${BUDGET} B`);
if (over.length) {
  console.error(`over budget:\n${over.map((s) => `  ${s.path} ${s.bytes} B`).join('\n')}`);
  process.exit(1);
}
