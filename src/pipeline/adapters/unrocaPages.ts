/**
 * Who reported each UN Register transfer row, read from the order of the rows.
 *
 * The scraper that made unroca_results.json fetched one report page per State S and year Y and wrote
 * first the rows of S's exports table (exporter = S), then the rows of its imports table (importer = S).
 * So the file is a sequence of pages, each an export block followed by an import block, either of which
 * may be empty; the reporter is not a field. A division of the rows into pages must respect:
 *
 *   - a page holds one year: a change of year always starts a new page;
 *   - in the export block every exporter is S, in the import block every importer is S;
 *   - within a block the rows are in the Register's category order (I, II, …, VII.a, VII.b), as the
 *     report pages print them, so a step back in category starts a new block;
 *   - a row that is not a readable transfer (no year or names) stands alone: no page spans it.
 *
 * Several divisions usually fit. We keep those with the FEWEST pages (a page split in two for no reason
 * would be a second report of the same State and year) and look at every one of them: a row that is in
 * the same block of the same State in all of them is inferred ('export_block' or 'import_block'); a row
 * that two of them read differently is ambiguous, and both readings are returned — never a guess.
 * Typical ambiguous rows: a page of one State pair only (Russia → India, 2010: Russia's export table or
 * India's import table?).
 *
 * Pure: strings in, readings out (runs in Node and the browser).
 */
import type { Direction, ReporterRule } from '../../schema/codes.ts';

/** What the inference needs of one row; null for a row that is not a readable transfer. */
export interface PageRow {
  year: string;
  exporter: string;
  importer: string;
  /** Position of the row's category in the Register's order; null when the category is unknown. */
  categoryRank: number | null;
}

export interface Reading {
  reporter: string;
  direction: Direction;
}

export type RowReading = { kind: 'inferred'; reporter: string; direction: Direction; rule: ReporterRule } | { kind: 'ambiguous'; readings: Reading[] } | { kind: 'unreadable' };

interface Page {
  reporter: string;
  /** Rows [start, split) are the export block, [split, end) the import block. */
  start: number;
  split: number;
  end: number;
}

/** Readings of every row, in input order. */
export function inferReporters(rows: readonly (PageRow | null)[]): RowReading[] {
  const seen: Set<string>[] = rows.map(() => new Set());
  let a = 0;
  while (a < rows.length) {
    if (rows[a] === null) {
      a++;
      continue;
    }
    let b = a + 1;
    while (b < rows.length && rows[b] !== null && rows[b]!.year === rows[a]!.year) b++;
    readRun(rows as readonly PageRow[], a, b, seen);
    a = b;
  }
  return rows.map((row, i) => {
    if (row === null) return { kind: 'unreadable' };
    const readings = [...seen[i]!].map((k) => JSON.parse(k) as Reading).sort((x, y) => x.reporter.localeCompare(y.reporter) || x.direction.localeCompare(y.direction));
    if (readings.length === 1) {
      const { reporter, direction } = readings[0]!;
      return { kind: 'inferred', reporter, direction, rule: direction === 'export' ? 'export_block' : 'import_block' };
    }
    return { kind: 'ambiguous', readings };
  });
}

/** Rows i and j (j = i + 1) may stand in one block: categories do not step back. */
function inOrder(rows: readonly PageRow[], i: number, j: number): boolean {
  const x = rows[i]!.categoryRank;
  const y = rows[j]!.categoryRank;
  return x === null || y === null || y >= x;
}

/** Every page that can start at row i of the run [i, end). */
function pagesFrom(rows: readonly PageRow[], i: number, end: number): Page[] {
  const out: Page[] = [];
  const candidates = new Set([rows[i]!.exporter, rows[i]!.importer].filter((s) => s !== ''));
  for (const reporter of candidates) {
    let exportEnd = i;
    while (exportEnd < end && rows[exportEnd]!.exporter === reporter && (exportEnd === i || inOrder(rows, exportEnd - 1, exportEnd))) exportEnd++;
    for (let split = i; split <= exportEnd; split++) {
      let importEnd = split;
      while (importEnd < end && rows[importEnd]!.importer === reporter && (importEnd === split || inOrder(rows, importEnd - 1, importEnd))) importEnd++;
      for (let pageEnd = Math.max(split, i + 1); pageEnd <= importEnd; pageEnd++) out.push({ reporter, start: i, split, end: pageEnd });
    }
  }
  return out;
}

/**
 * Marks the readings of rows [a, b) (one year, all readable) under every division with the fewest pages:
 * forward pass = fewest pages covering [a, i), backward pass = fewest covering [i, b); a page lies on a
 * best division when both sides of it are best.
 */
function readRun(rows: readonly PageRow[], a: number, b: number, seen: Set<string>[]): void {
  const pages: Page[][] = [];
  for (let i = a; i < b; i++) pages[i - a] = pagesFrom(rows, i, b);
  const forward = new Array<number>(b - a + 1).fill(Infinity);
  forward[0] = 0;
  for (let i = a; i < b; i++) {
    if (forward[i - a] === Infinity) continue;
    for (const p of pages[i - a]!) forward[p.end - a] = Math.min(forward[p.end - a]!, forward[i - a]! + 1);
  }
  const backward = new Array<number>(b - a + 1).fill(Infinity);
  backward[b - a] = 0;
  for (let i = b - 1; i >= a; i--) for (const p of pages[i - a]!) backward[i - a] = Math.min(backward[i - a]!, backward[p.end - a]! + 1);
  const best = forward[b - a]!;
  for (let i = a; i < b; i++) {
    for (const p of pages[i - a]!) {
      if (forward[i - a]! + 1 + backward[p.end - a]! !== best) continue;
      for (let k = p.start; k < p.end; k++) seen[k]!.add(JSON.stringify({ reporter: p.reporter, direction: k < p.split ? 'export' : 'import' } satisfies Reading));
    }
  }
}
