/**
 * Checks transcriptions (or a SIPRI trade-register export) with the pipeline's own adapters, as the
 * "Your data" page does in the browser, and prints the same report: every rejected row with its
 * file, line and reason, then names no reference knew with their nearest spellings.
 *
 *   npm run check-file -- path/to/report.xlsx [more files…]
 *
 * Exits 0 when every row loads, 1 when a row or a file is rejected (so a group can check its
 * transcriptions in CI), 2 on a usage error. Reads the files only; writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkFiles, rejectText, type FileCheck } from '../src/pipeline/fileCheck.ts';

/** The report as lines of text (tests compare it with the page's). */
export function reportLines(check: FileCheck): string[] {
  const lines: string[] = [];
  for (const f of check.files) {
    if (f.error) lines.push(`${f.file}: not read: ${f.error}`);
    else lines.push(`${f.file}: ${f.format}, ${f.rowsRead} rows read, ${f.rowsLoaded} loaded, ${f.rowsRejected} rejected`);
  }
  for (const r of check.rejects) lines.push(rejectText(r));
  for (const n of check.unknownNames) lines.push(`unknown name '${n.name}' (${n.lines} line${n.lines === 1 ? '' : 's'})${n.suggestions.length ? `: did you mean ${n.suggestions.join(' or ')}?` : ''}`);
  return lines;
}

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('usage: npm run check-file -- path/to/report.csv|.xlsx [more files…]\n');
    return 2;
  }
  const files = await Promise.all(paths.map(async (p) => ({ name: basename(p), bytes: new Uint8Array(await readFile(p)) })));
  const check = await checkFiles(files, { now: new Date() });
  for (const line of reportLines(check)) process.stdout.write(`${line}\n`);
  return check.rejects.length > 0 || check.files.some((f) => f.error) ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
