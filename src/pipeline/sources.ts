/**
 * Fetch stage: the pinned source list, and getting each file's bytes — from a mirror folder when one
 * is given, from its URL otherwise — with its sha256 checked before anything reads it.
 */
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { INSTRUMENTS } from '../schema/codes.ts';
import type { SourceFile } from './types.ts';

const pinnedFile = z.object({
  name: z.string().min(1),
  url: z.url(),
  mirrorPath: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
});

const sourceBase = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  publisher: z.string(),
  adapter: z.string(),
  instrument: z.enum(INSTRUMENTS),
  homepage: z.url(),
  licence: z.string(),
  licenceNote: z.string().optional(),
  caveats: z.string().optional(),
  commit: z.string().optional(),
  published: z.string().optional(),
};

/** A source of pinned files (each with URL and sha256), or a folder of transcriptions read as it is. */
export const sourceSpec = z.union([z.object({ ...sourceBase, files: z.array(pinnedFile).min(1) }).strict(), z.object({ ...sourceBase, folder: z.string().min(1) }).strict()]);
export type SourceSpec = z.infer<typeof sourceSpec>;
export type PinnedFile = z.infer<typeof pinnedFile>;

export const sourcesManifest = z.object({ $comment: z.string().optional(), sources: z.array(sourceSpec) });

export function parseSourcesManifest(json: unknown, file: string): SourceSpec[] {
  const r = sourcesManifest.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const s of r.data.sources) {
    if (ids.has(s.id)) throw new Error(`${file}: source id '${s.id}' is listed twice`);
    ids.add(s.id);
  }
  return r.data.sources;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class SourceError extends Error {}

export interface FetchOptions {
  /** Mirror folder laid out as `<mirrorPath>`; when set, nothing is downloaded. */
  mirror?: string;
  /** Content-addressed download cache (files named by sha256). */
  cacheDir?: string;
  /** Project root, against which folder sources are resolved. */
  root: string;
  fetchImpl?: typeof fetch;
}

export interface FetchedFile extends SourceFile {
  sha256: string;
  /** Where the bytes came from: mirror path, cache, URL or project folder. */
  origin: string;
}

/** Reads a pinned file from the mirror (or cache, or URL) and verifies its sha256. */
export async function fetchPinnedFile(f: PinnedFile, sourceId: string, opts: FetchOptions): Promise<FetchedFile> {
  let bytes: Uint8Array;
  let origin: string;
  const cached = opts.cacheDir ? join(opts.cacheDir, f.sha256) : undefined;
  if (opts.mirror) {
    const path = join(opts.mirror, f.mirrorPath);
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch {
      throw new SourceError(`${sourceId}: ${f.name}: not found in the mirror at ${path}`);
    }
    origin = path;
  } else if (cached && (await exists(cached))) {
    bytes = new Uint8Array(await readFile(cached));
    origin = `cache ${cached}`;
  } else {
    const res = await (opts.fetchImpl ?? fetch)(f.url).catch((e: unknown) => {
      throw new SourceError(`${sourceId}: ${f.name}: download from ${f.url} failed (${String(e)}); give a mirror folder with --sources DIR or ATT_SOURCES_DIR`);
    });
    if (!res.ok) throw new SourceError(`${sourceId}: ${f.name}: download from ${f.url} answered HTTP ${res.status}`);
    bytes = new Uint8Array(await res.arrayBuffer());
    origin = f.url;
  }
  const actual = sha256(bytes);
  if (actual !== f.sha256)
    throw new SourceError(
      `${sourceId}: ${f.name}: sha256 mismatch (expected ${f.sha256}, got ${actual}, ${bytes.length} bytes from ${origin}); the file changed or is truncated — check it, then update data/sources.json deliberately`,
    );
  if (cached && !origin.startsWith('cache')) {
    await mkdir(opts.cacheDir!, { recursive: true });
    await writeFile(`${cached}.tmp`, bytes);
    await rename(`${cached}.tmp`, cached);
  }
  return { name: f.name, bytes, sha256: actual, origin };
}

/**
 * Every data file of a transcription folder and its subfolders (README and hidden files skipped), in
 * path order, each named by its path from the project root so that a reject names where it is.
 */
export async function readFolder(folder: string, opts: FetchOptions): Promise<FetchedFile[]> {
  const dir = join(opts.root, folder);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new SourceError(`${dir}: cannot read the folder (${e instanceof Error ? e.message : String(e)})`);
  }
  const paths = entries
    .filter((e) => !e.isDirectory())
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (p) =>
        !relative(dir, p)
          .split(sep)
          .some((part) => part.startsWith('.')) && !/\.md$/i.test(p),
    )
    .map((p) => relative(opts.root, p))
    .sort();
  const files: FetchedFile[] = [];
  for (const name of paths) {
    const path = join(opts.root, name);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (e) {
      throw new SourceError(`${path}: cannot read the file (${e instanceof Error ? e.message : String(e)})`);
    }
    files.push({ name, bytes, sha256: sha256(bytes), origin: path });
  }
  return files;
}

export async function fetchSource(spec: SourceSpec, opts: FetchOptions): Promise<FetchedFile[]> {
  if ('files' in spec) return Promise.all(spec.files.map((f) => fetchPinnedFile(f, spec.id, opts)));
  return readFolder(spec.folder, opts);
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
