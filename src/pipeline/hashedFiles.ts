/**
 * The content-named copies of a data folder's tables (`v/<name>.<sha16>.parquet`:
 * src/schema/dataLayout.ts), made as hard links to the stable files, so no byte is stored twice.
 * Whatever else is in `v/` (the names of an earlier build) is removed: the folder holds exactly the
 * files the manifest names.
 *
 * The pipeline runs this in its staging folder before the swap (src/pipeline/build.ts): a failed
 * build leaves the published folder, its links included, as it was. The SYNTHETIC fixture writers
 * and the site build (astro.config.mjs, on the copy Astro made in dist/data) run it too.
 */
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { HASHED_DIR, hashedTablePath } from '../schema/dataLayout.ts';
import type { PublishedTable } from '../schema/manifest.ts';

export interface HashedFilesResult {
  /** Content-named files made (or remade as a link) by this call. */
  linked: string[];
  /** Files removed from `v/`: names of tables or builds the manifest no longer lists. */
  pruned: string[];
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Makes `dir/v/` hold one content-named link per table of `tables` and nothing else. A stable file
 * whose size is not the manifest's is an error naming it (the link would be served as that content
 * for a year). A file system without hard links gets a copy.
 */
export async function writeHashedFiles(dir: string, tables: readonly Pick<PublishedTable, 'name' | 'sha256' | 'bytes'>[]): Promise<HashedFilesResult> {
  const linked: string[] = [];
  const wanted = new Set<string>();
  for (const t of tables) {
    const rel = hashedTablePath(t.name, t.sha256);
    wanted.add(rel.slice(HASHED_DIR.length + 1));
    const from = join(dir, `${t.name}.parquet`);
    const to = join(dir, rel);
    const size = (await stat(from).catch(() => null))?.size;
    if (size === undefined) throw new Error(`${from}: missing, but the manifest lists table ${t.name}`);
    if (size !== t.bytes) throw new Error(`${from}: ${size} bytes, the manifest says ${t.bytes}`);
    if (await sameFile(from, to)) continue;
    await mkdir(dirname(to), { recursive: true });
    // A link made beside the final name and renamed over it: a reader never sees a missing or half file.
    const tmp = `${to}.tmp-${process.pid}`;
    await rm(tmp, { force: true });
    try {
      await link(from, tmp);
    } catch {
      await copyFile(from, tmp);
    }
    await rename(tmp, to);
    linked.push(rel);
  }
  const pruned: string[] = [];
  const names = await readdir(join(dir, HASHED_DIR)).catch(() => [] as string[]);
  for (const name of names.sort()) {
    if (wanted.has(name)) continue;
    await rm(join(dir, HASHED_DIR, name), { recursive: true, force: true });
    pruned.push(`${HASHED_DIR}/${name}`);
  }
  return { linked, pruned };
}

/** `writeHashedFiles` for the tables of the folder's own `manifest.json`. */
export async function writeHashedFilesFromManifest(dir: string): Promise<HashedFilesResult> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { tables: PublishedTable[] };
  return writeHashedFiles(dir, manifest.tables);
}
