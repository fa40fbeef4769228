/**
 * Where a table's bytes live in the published data folder. Each table has two names:
 *
 * - `<name>.parquet`, stable from build to build: the download link, the code snippets and the
 *   manifest's `file` point at it; it is revalidated (`no-cache`), so it is never stale.
 * - `v/<name>.<sha256 prefix>.parquet`, named by its content: what the page fetches. A new build is
 *   a new name, so the host can mark the whole `v/` folder immutable (`_headers` rules match paths,
 *   not query strings) and a returning browser reads it from its cache without asking the server.
 *
 * Both names are the same file on disk (a hard link: src/pipeline/hashedFiles.ts). Pure: the page,
 * the pipeline and the build all use it.
 */

/** The sub-folder of the data folder holding the content-named copies. */
export const HASHED_DIR = 'v';

/** Hex digits of the sha256 in a content-named file: 64 bits, as many as two builds ever need to differ. */
export const HASH_DIGITS = 16;

const SHA256 = /^[0-9a-f]{64}$/;

/** `v/<name>.<sha16>.parquet`, relative to the data folder. */
export function hashedTablePath(name: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error(`${name}: '${sha256}' is not a sha256 in hex`);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`'${name}' is not a table name`);
  return `${HASHED_DIR}/${name}.${sha256.slice(0, HASH_DIGITS)}.parquet`;
}

const HASHED_NAME = new RegExp(`^([a-z0-9_]+)\\.[0-9a-f]{${HASH_DIGITS}}\\.parquet$`);

/** The stable name of a content-named file (`transfers.0123….parquet` → `transfers.parquet`); other names as given. */
export function stableFileName(fileName: string): string {
  const m = HASHED_NAME.exec(fileName);
  return m ? `${m[1]}.parquet` : fileName;
}
