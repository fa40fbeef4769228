/**
 * Layer rules: which folder may import which, and no import cycles between files. Biome can forbid
 * paths but not say "this folder may import only those", so this small check does it, from the same
 * file list git knows. Imports are read with TypeScript's own pre-processor (no regexes over code);
 * for .astro files, the frontmatter and <script> blocks are read.
 *
 *   node scripts/checkImports.ts        exits 1 and lists every forbidden edge and cycle
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Folder → folders it may import (besides itself). The order is the layering, bottom to top: a
 * folder imports only folders listed before it. `scripts` and `tests` may import src; src never imports them.
 */
export const LAYERS: Readonly<Record<string, readonly string[]>> = {
  'src/schema': [],
  'src/reference': ['src/schema'],
  'src/i18n': ['src/schema', 'src/reference'],
  'src/db': ['src/schema'],
  'src/queries': ['src/schema', 'src/reference', 'src/i18n', 'src/db'],
  // Charts draw query results: they may read the result types of src/db (results.ts).
  'src/charts': ['src/schema', 'src/i18n', 'src/db'],
  'src/links': ['src/schema', 'src/i18n', 'src/db', 'src/queries'],
  'src/formats': ['src/schema', 'src/i18n', 'src/db', 'src/queries', 'src/charts', 'src/links'],
  'src/ui': ['src/schema', 'src/reference', 'src/i18n', 'src/queries'],
  'src/specs': ['src/schema', 'src/reference', 'src/i18n', 'src/db', 'src/queries', 'src/charts', 'src/links', 'src/formats', 'src/ui'],
  'src/site-data': ['src/schema', 'src/reference', 'src/i18n', 'src/db', 'src/queries', 'src/charts', 'src/links', 'src/formats', 'src/ui', 'src/specs'],
  // Web Workers of the page: the "Your data" worker runs the pipeline's pure stages (adapters, kit, normalize) in the browser,
  // and Explore's first-answer worker the direct evaluation of a state (src/queries/exploreDirect.ts).
  'src/workers': ['src/schema', 'src/reference', 'src/i18n', 'src/db', 'src/queries', 'src/formats', 'src/pipeline'],
  'src/islands': ['src/schema', 'src/reference', 'src/i18n', 'src/db', 'src/queries', 'src/charts', 'src/links', 'src/formats', 'src/ui', 'src/specs', 'src/workers'],
  'src/components': ['src/schema', 'src/reference', 'src/i18n', 'src/db', 'src/queries', 'src/charts', 'src/links', 'src/formats', 'src/ui', 'src/specs', 'src/site-data', 'src/islands', 'src/styles'],
  'src/layouts': ['src/schema', 'src/reference', 'src/i18n', 'src/db', 'src/queries', 'src/charts', 'src/links', 'src/formats', 'src/ui', 'src/specs', 'src/site-data', 'src/islands', 'src/components', 'src/styles'],
  'src/pages': [
    'src/schema',
    'src/reference',
    'src/i18n',
    'src/db',
    'src/queries',
    'src/charts',
    'src/links',
    'src/formats',
    'src/ui',
    'src/specs',
    'src/site-data',
    'src/islands',
    'src/components',
    'src/layouts',
    'src/styles',
  ],
  'src/styles': [],
  'src/pipeline': ['src/schema', 'src/reference'],
  // Build-time security: the CSP, the host headers file and the deployment address (astro.config.mjs, tests);
  // the headers file reads the data folder's layout (src/schema/dataLayout.ts) to mark its hashed files immutable.
  'src/security': ['src/schema'],
  scripts: ['src', 'scripts'],
  tests: ['src', 'scripts', 'tests', 'data'],
};

/** Modules that need Node (the file system, native bindings). Adapters and their kit stay pure: they run in the browser too. */
const NODE_MODULES = /^(node:|sharp$|@duckdb\/node-api$)/;
const NODE_ALLOWED = ['src/site-data/', 'src/pipeline/', 'src/security/', 'scripts/', 'tests/', 'src/formats/socialCardPng.ts'];
const NODE_FORBIDDEN = ['src/pipeline/adapters/', 'src/pipeline/kit/'];

/** Whether a file may import Node-only modules. */
export function mayUseNode(file: string): boolean {
  return NODE_ALLOWED.some((p) => file.startsWith(p)) && !NODE_FORBIDDEN.some((p) => file.startsWith(p));
}

/** The layer of a repository path: the longest LAYERS key it lies under (null: not layered, e.g. a config file). */
export function layerOf(path: string): string | null {
  let best: string | null = null;
  for (const k of Object.keys(LAYERS)) if ((path === k || path.startsWith(`${k}/`)) && (!best || k.length > best.length)) best = k;
  return best;
}

/** Whether a file in layer `from` may import a file at `to` (a repository path). */
export function allowed(from: string, to: string): boolean {
  const target = layerOf(to);
  if (target === from) return true;
  return LAYERS[from]!.some((l) => to === l || to.startsWith(`${l}/`));
}

/** Import specifiers of a source text (.ts, .tsx, .mjs, or an .astro file's scripts). */
export function importsOf(text: string, fileName: string): string[] {
  const code = fileName.endsWith('.astro') ? astroScripts(text) : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** Specifiers imported for types only (`import type …`): erased at run time, so they cannot make a cycle. */
export function typeOnlyImportsOf(text: string, fileName: string): Set<string> {
  const code = fileName.endsWith('.astro') ? astroScripts(text) : text;
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, false);
  const out = new Set<string>();
  for (const s of source.statements) if (ts.isImportDeclaration(s) && s.importClause?.isTypeOnly && ts.isStringLiteral(s.moduleSpecifier)) out.add(s.moduleSpecifier.text);
  return out;
}

/** The frontmatter and the <script> blocks of an .astro file (the template imports nothing). */
function astroScripts(text: string): string {
  const parts: string[] = [];
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (fm) parts.push(fm[1]!);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(m[1]!);
  return parts.join('\n');
}

export interface Problem {
  kind: 'layer' | 'cycle';
  message: string;
}

/** Checks the given repository files (paths relative to root); returns every forbidden edge and one path per run-time cycle. */
export function checkImports(root: string, files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const graph = new Map<string, string[]>();
  const known = new Set(files);
  for (const file of files) {
    const from = layerOf(file);
    const edges: string[] = [];
    const text = readFileSync(join(root, file), 'utf8');
    const typeOnly = typeOnlyImportsOf(text, file);
    for (const spec of importsOf(text, file)) {
      if (!spec.startsWith('.')) {
        if (NODE_MODULES.test(spec) && !mayUseNode(file)) problems.push({ kind: 'layer', message: `${file} imports ${spec}, which needs Node; only ${NODE_ALLOWED.join(', ')} may (adapters and their kit excepted)` });
        continue;
      }
      const target = relative(root, resolve(root, dirname(file), spec.replace(/\?.*$/, '')));
      if (from && !allowed(from, target)) problems.push({ kind: 'layer', message: `${file} imports ${target}: ${from} may import only ${[from, ...LAYERS[from]!].join(', ')}` });
      if (known.has(target) && !typeOnly.has(spec)) edges.push(target);
    }
    graph.set(file, edges);
  }
  for (const cycle of findCycles(graph)) problems.push({ kind: 'cycle', message: `import cycle: ${cycle.join(' → ')}` });
  return problems;
}

/** One cycle per strongly connected group of files, as a path that returns to its start. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') cycles.push([...stack.slice(stack.indexOf(m)), m]);
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of [...graph.keys()].sort()) if (!state.has(n)) visit(n);
  return cycles;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'scripts', 'tests'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|tsx|mjs|astro)$/.test(f) && !f.startsWith('tests/fixtures/'));
  const problems = checkImports(root, files);
  for (const p of problems) process.stderr.write(`${p.message}\n`);
  process.stderr.write(problems.length ? `${problems.length} import problem(s) in ${files.length} files\n` : `imports: ${files.length} files, layers respected, no cycles\n`);
  process.exit(problems.length ? 1 : 0);
}
