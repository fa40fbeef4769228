import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowed, checkImports, findCycles, importsOf, layerOf, mayUseNode } from '../../scripts/checkImports.ts';

describe('layer rules', () => {
  it('puts a file in the deepest layer it lies under', () => {
    expect(layerOf('src/pipeline/kit/csv.ts')).toBe('src/pipeline');
    expect(layerOf('src/site-data/db.ts')).toBe('src/site-data');
    expect(layerOf('astro.config.mjs')).toBeNull();
  });

  it('forbids the back-edges: db → queries, pure modules → islands, reference → pipeline, src → tests, scripts → tests', () => {
    expect(allowed('src/queries', 'src/db/query.ts')).toBe(true);
    expect(allowed('src/db', 'src/queries/query.ts')).toBe(false);
    expect(allowed('src/ui', 'src/islands/ComplianceMatrix.tsx')).toBe(false);
    expect(allowed('src/reference', 'src/pipeline/types.ts')).toBe(false);
    expect(allowed('src/links', 'src/site-data/db.ts')).toBe(false);
    expect(allowed('src/pipeline', 'tests/helpers/fixtureTables.ts')).toBe(false);
    expect(allowed('scripts', 'tests/e2e/shell.ts')).toBe(false);
    expect(allowed('tests', 'src/pipeline/build.ts')).toBe(true);
    expect(allowed('tests', 'scripts/browser/browser.ts')).toBe(true);
  });

  it('lets only build-time folders use Node; adapters and their kit stay pure', () => {
    expect(mayUseNode('src/site-data/db.ts')).toBe(true);
    expect(mayUseNode('src/pipeline/build.ts')).toBe(true);
    expect(mayUseNode('src/pipeline/adapters/coarmOkfn.ts')).toBe(false);
    expect(mayUseNode('src/pipeline/kit/csv.ts')).toBe(false);
    expect(mayUseNode('src/islands/Explore.tsx')).toBe(false);
  });
});

describe('importsOf', () => {
  it('reads static, type-only and dynamic imports, and the scripts of an .astro file but not its template', () => {
    const ts = "import a from './a.ts';\nimport type { B } from '../b.ts';\nconst c = await import('./c.ts');\nexport { d } from './d.ts';";
    expect(importsOf(ts, 'x.ts')).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts']);
    const astro = "---\nimport X from './X.astro';\n---\n<p>import nothing from './no.ts'</p>\n<script>\nimport { y } from './y.ts';\n</script>";
    expect(importsOf(astro, 'P.astro')).toEqual(['./X.astro', './y.ts']);
  });
});

describe('checkImports', () => {
  const repo = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'att-imports-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, dirname(path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return { root, files: Object.keys(files) };
  };

  it('names the file, the import and the rule of a forbidden edge, and Node in a browser module', () => {
    const { root, files } = repo({
      'src/db/run.ts': "import type { Query } from '../queries/query.ts';",
      'src/queries/query.ts': 'export type Query = string;',
      'src/islands/X.tsx': "import { readFileSync } from 'node:fs';",
    });
    const messages = checkImports(root, files).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/^src\/db\/run\.ts imports src\/queries\/query\.ts: src\/db may import only src\/db, src\/schema$/));
    expect(messages).toContainEqual(expect.stringMatching(/^src\/islands\/X\.tsx imports node:fs, which needs Node/));
    expect(messages).toHaveLength(2);
  });

  it('finds a cycle inside one folder', () => {
    const { root, files } = repo({ 'src/ui/a.ts': "import './b.ts';", 'src/ui/b.ts': "import './a.ts';", 'src/ui/c.ts': "import './a.ts';" });
    expect(checkImports(root, files)).toEqual([{ kind: 'cycle', message: 'import cycle: src/ui/a.ts → src/ui/b.ts → src/ui/a.ts' }]);
  });

  it('ignores type-only imports for cycles (they are erased), not for layers', () => {
    const { root, files } = repo({ 'src/ui/a.ts': "import type { B } from './b.ts';\nexport type A = 1;", 'src/ui/b.ts': "import type { A } from './a.ts';\nexport type B = 2;" });
    expect(checkImports(root, files)).toEqual([]);
  });

  it('reports one path per cycle', () => {
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });
});
