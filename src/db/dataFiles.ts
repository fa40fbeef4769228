/**
 * The published files as the browser sees them: `manifest.json` (fetched once per page, always
 * revalidated: it names the tables' hashes) and each table's Parquet URL, named by its sha256 so a
 * browser cache can never mix two builds.
 */
import { hashedTablePath } from '../schema/dataLayout.ts';
import { rowGroupIndexSchema, type RowGroupIndex } from '../schema/rowGroupIndex.ts';
import { DATA_PATH } from './constants.ts';
import { LoadError } from './fetchGuard.ts';
import { forgetManifestText, manifestText, siteUrl } from './manifestText.ts';

export { siteUrl };

export interface TableFile {
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
  /** Key ranges of each row group (big tables only), so a query can read only the groups it needs. */
  rowGroups?: RowGroupIndex;
}

interface ManifestTables {
  builtAt: string;
  tables: TableFile[];
}

let manifest: Promise<ManifestTables> | undefined;

/** The manifest's table list; a missing, late or malformed manifest is an error naming manifest.json. */
export function loadManifest(): Promise<ManifestTables> {
  if (!manifest) {
    const p = manifestText().then(parseManifest);
    manifest = p;
    // A failed fetch (or a text that does not parse) is asked for again on the next call instead
    // of being kept for the page's lifetime.
    p.catch(() => {
      if (manifest !== p) return;
      manifest = undefined;
      forgetManifestText();
    });
  }
  return manifest;
}

/** The table list of a manifest's text; anything else is an error naming `manifest.json`. */
export function parseManifest(text: string): ManifestTables {
  let m: Partial<ManifestTables>;
  try {
    m = JSON.parse(text) as Partial<ManifestTables>;
  } catch (e) {
    throw new LoadError('manifest.json', `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!m || !Array.isArray(m.tables)) throw new LoadError('manifest.json', 'no table list');
  for (const t of m.tables) {
    // The name becomes part of a URL path (tableUrl): a plain table name, nothing that could leave data/.
    if (typeof t?.name !== 'string' || !/^[a-z0-9_]+$/.test(t.name) || typeof t.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(t.sha256)) {
      throw new LoadError('manifest.json', `table entry without a name and sha256: ${JSON.stringify(t).slice(0, 80)}`);
    }
    // A wrong index could make the page skip rows a query needs: it must be well formed and add up.
    if (t.rowGroups !== undefined) {
      const ix = rowGroupIndexSchema.safeParse(t.rowGroups);
      if (!ix.success) throw new LoadError('manifest.json', `${t.name}: row-group index is malformed (${ix.error.issues[0]?.message ?? 'invalid'})`);
      const sum = ix.data.groups.reduce((n, g) => n + g.rows, 0);
      if (sum !== t.rows) throw new LoadError('manifest.json', `${t.name}: row groups hold ${sum} rows, the table ${t.rows}`);
    }
  }
  return { builtAt: String(m.builtAt ?? ''), tables: m.tables };
}

/**
 * URL of a table's content-named file (`data/v/<name>.<sha16>.parquet`: src/schema/dataLayout.ts).
 * A new build is a new URL, so the host sends it as immutable and a returning browser reads it from
 * its cache without asking. The table loader's worker fetches it (whole, or by byte ranges) and
 * checks it against the manifest (tableRead.ts), as before. Downloads link to the stable name.
 */
export function tableUrl(t: TableFile): string {
  return siteUrl(`${DATA_PATH}/${hashedTablePath(t.name, t.sha256)}`);
}
