/** A live line saying what the page's database is doing (starting, loading a table, running). */
import type { LoadProgress } from '../db/status.ts';
import { formatBytes, formatNumber, t, type Lang } from '../i18n/index.ts';
import { dbLoad } from '../i18n/strings/dbLoad.ts';
import { explore } from '../i18n/strings/explore.ts';
import { useDbStatus } from './store.ts';

/** `lead`, when given, comes before whatever the line says (Explore: how its first answer was computed while DuckDB starts). */
export function DbStatusLine({ lang, running, done, lead }: { lang: Lang; running: boolean; done?: string; lead?: string }) {
  const st = useDbStatus();
  const s = (k: keyof typeof explore, v?: Record<string, string | number>) => t(lang, explore, k, v);
  let text = done ?? '';
  if (st.phase === 'starting') text = s('statusStarting');
  else if (st.phase === 'loading' && st.table) text = [s('statusLoading', { table: st.table }), progressText(lang, st.progress)].filter(Boolean).join(' ');
  else if (running) text = s('statusRunning');
  else if (st.phase === 'error' && st.error && !done) text = t(lang, dbLoad, 'statusFailed', { error: st.error });
  return (
    <p className="db-status small muted" role="status" aria-live="polite" data-db-phase={st.phase} data-busy={running || st.phase === 'starting' || st.phase === 'loading' ? 'true' : 'false'}>
      {lead ? [lead, text].filter(Boolean).join(' ') : text}
    </p>
  );
}

/** Rows decoded of the table's rows, or bytes downloaded of the file's, once there is any. */
function progressText(lang: Lang, p: LoadProgress | undefined): string {
  if (!p) return '';
  if (p.totalRows > 0) return t(lang, dbLoad, 'progressRows', { rows: formatNumber(lang, p.rows), total: formatNumber(lang, p.totalRows), bytes: formatBytes(lang, p.bytes) });
  if (p.totalBytes > 0 && p.bytes > 0) return t(lang, dbLoad, 'progressBytes', { bytes: formatBytes(lang, p.bytes), total: formatBytes(lang, p.totalBytes) });
  return '';
}
