/**
 * A reader's own files, as checked on the "Your data" page, kept in the browser's own storage
 * (IndexedDB) so that every page's DuckDB can add them to the published tables: the tables as Arrow
 * IPC bytes, the file summaries, and each annual report's State-year for the compliance matrix.
 *
 * Nothing here is ever sent anywhere. Kept across visits only when the reader ticks "keep";
 * otherwise the record belongs to this tab's session (a token in sessionStorage) and is deleted the
 * first time a later session finds it. "Forget my files" deletes it at once.
 */

const DB_NAME = 'att-your-data';
const STORE = 'files';
/** The small record (file list, submissions, keep) and the big one (the tables), apart: pages that
 * only need the first (the compliance matrix, the file list) never read megabytes of rows. */
const META = 'meta';
const TABLES = 'tables';
const SESSION_KEY = 'att-your-data-session';

export interface StoredSubmission {
  iso3: string;
  year: number;
  submitted: string | null;
  isPublic: boolean | null;
  isNil: boolean | null;
  withheld: boolean | null;
}

export interface StoredFiles {
  /** File names and what each gave, for the page's list. */
  files: { file: string; format: string | null; rowsLoaded: number; rowsRejected: number }[];
  /** Names of the tables that have rows from the files (the rows themselves are stored apart). */
  tables: string[];
  /** ATT annual reports of the files (the compliance matrix marks these State-years). */
  submissions: StoredSubmission[];
  keep: boolean;
  savedAt: string;
  /** The session that saved a record not kept across visits. */
  session?: string;
}

/** Table name → Arrow IPC stream of the rows to add to it. */
export type StoredTables = Record<string, Uint8Array>;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
  });
}

async function run<T>(mode: IDBTransactionMode, f: (s: IDBObjectStore) => IDBRequest | undefined): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = f(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req?.result as T);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    });
  } finally {
    db.close();
  }
}

/** This tab's session token (page only: a worker has no sessionStorage, the page hands it over). */
export function sessionToken(): string {
  let t = sessionStorage.getItem(SESSION_KEY);
  if (!t) {
    t = crypto.randomUUID();
    sessionStorage.setItem(SESSION_KEY, t);
  }
  return t;
}

/**
 * Saves the file list and, when given, the tables (one transaction). Runs in the page or in the
 * "Your data" worker, which saves the tables itself so that the page's main thread never copies them.
 */
export async function saveUserFiles(meta: Omit<StoredFiles, 'session' | 'savedAt'>, session: string, tables?: StoredTables): Promise<void> {
  const record: StoredFiles = { ...meta, savedAt: new Date().toISOString(), ...(meta.keep ? {} : { session }) };
  await run('readwrite', (s) => {
    if (tables) s.put(tables, TABLES);
    return s.put(record, META);
  });
}

/** The stored file list, or null; a record of an earlier session not kept across visits is deleted. */
export async function loadUserFiles(): Promise<StoredFiles | null> {
  if (typeof indexedDB === 'undefined') return null;
  let record: StoredFiles | undefined;
  try {
    record = await run<StoredFiles | undefined>('readonly', (s) => s.get(META));
  } catch {
    // Storage refused (private mode, disabled): the page works with the published data only.
    return null;
  }
  if (!record) return null;
  if (!record.keep && record.session !== sessionStorage.getItem(SESSION_KEY)) {
    await forgetUserFiles();
    return null;
  }
  return record;
}

/** The stored tables, if the file list is still this reader's (see loadUserFiles). */
export async function loadUserTables(): Promise<StoredTables | null> {
  if (!(await loadUserFiles())) return null;
  return (await run<StoredTables | undefined>('readonly', (s) => s.get(TABLES))) ?? null;
}

export async function forgetUserFiles(): Promise<void> {
  await run('readwrite', (s) => {
    s.delete(TABLES);
    return s.delete(META);
  });
}
