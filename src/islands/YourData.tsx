/**
 * The "Your data" island: a drop zone for the reader's files, the check in a worker
 * (src/workers/fileCheck.worker.ts: the pipeline's own adapters) with progress, the report, and the
 * files kept in this browser (src/db/userStore.ts) until the reader forgets them. Nothing is sent:
 * the files go to the worker and the answer to IndexedDB and this page's DuckDB.
 */
import { useEffect, useRef, useState } from 'react';
import { t, type Lang } from '../i18n/index.ts';
import { yourData } from '../i18n/strings/yourData.ts';
import { forgetUserFiles, loadUserFiles, saveUserFiles, sessionToken, type StoredFiles } from '../db/userStore.ts';
import type { CheckAnswer } from '../workers/fileCheckMessages.ts';
import { CheckReport, type DoneAnswer } from './CheckReport.tsx';
import { SipriComparison } from './SipriComparison.tsx';
import { refreshThisPage } from './userRows.ts';

type Progress = Extract<CheckAnswer, { type: 'progress' }>;
const STAGE_KEY = { reading: 'progressReading', parsing: 'progressParsing', resolving: 'progressResolving', tables: 'progressTables', saving: 'progressSaving' } as const;

export default function YourData({ lang }: { lang: Lang }) {
  const s = (key: keyof typeof yourData, vars?: Record<string, string | number>) => t(lang, yourData, key, vars);
  const [stored, setStored] = useState<StoredFiles | null>(null);
  const [keep, setKeep] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [answer, setAnswer] = useState<DoneAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const worker = useRef<Worker | null>(null);
  // Set once the stored files are read: a choice or a file given before that would be lost or overwritten.
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    void loadUserFiles().then((f) => {
      setStored(f);
      if (f) setKeep(f.keep);
      setHydrated(true);
    });
    return () => worker.current?.terminate();
  }, []);

  function check(files: File[]) {
    if (files.length === 0) return;
    worker.current?.terminate();
    setAnswer(null);
    setError(null);
    setNotice(null);
    setProgress({ type: 'progress', stage: 'reading', file: files[0]!.name, index: 0, count: files.length });
    const w = new Worker(new URL('../workers/fileCheck.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = async (ev: MessageEvent<CheckAnswer>) => {
      const m = ev.data;
      if (m.type === 'progress') return setProgress(m);
      w.terminate();
      worker.current = null;
      setProgress(null);
      if (m.type === 'error') return setError(m.message);
      try {
        // The worker has stored the rows; this page's DuckDB takes them first, then the file list redraws.
        await refreshThisPage();
        setStored(await loadUserFiles());
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
      setAnswer(m);
    };
    w.onerror = (ev) => {
      ev.preventDefault();
      setProgress(null);
      setError(ev.message || 'worker error');
    };
    w.postMessage({ files, now: new Date().toISOString(), keep, session: sessionToken() });
  }

  async function changeKeep(value: boolean) {
    setKeep(value);
    const current = await loadUserFiles();
    if (current) await saveUserFiles({ files: current.files, tables: current.tables, submissions: current.submissions, keep: value }, sessionToken());
  }

  async function forget() {
    await forgetUserFiles();
    setStored(null);
    setAnswer(null);
    await refreshThisPage();
    setNotice(s('forgotten'));
  }

  return (
    <div className="your-data" data-hydrated={hydrated ? 'true' : 'false'}>
      {/* The label is the drop target: a drop or a click on it picks files, with the keyboard too. */}
      <label
        className={over ? 'drop-zone drop-over' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          check([...e.dataTransfer.files]);
        }}
      >
        {s('dropLabel')}
        <input type="file" multiple accept=".csv,.xlsx" onChange={(e) => check([...(e.currentTarget.files ?? [])])} />
      </label>
      <p>
        <label>
          <input type="checkbox" checked={keep} onChange={(e) => void changeKeep(e.currentTarget.checked)} /> {s('keep')}
        </label>
      </p>
      <div aria-live="polite">
        {progress && (
          <p className="your-data-progress" role="status">
            <progress value={progress.index} max={progress.count} /> {s(STAGE_KEY[progress.stage], { file: progress.file })}{' '}
            {progress.count > 1 && s('progressCount', { n: Math.min(progress.index + 1, progress.count), count: progress.count })}
          </p>
        )}
        {error && <p className="error">{s('failed', { message: error })}</p>}
        {notice && <p className="note">{notice}</p>}
      </div>
      {answer && <CheckReport lang={lang} answer={answer} />}
      {stored && (
        <section aria-labelledby="your-files-heading" className="your-files">
          <h2 id="your-files-heading">{s('storedHeading')}</h2>
          <p className="note">{s('storedNote')}</p>
          <ul>
            {stored.files.map((f) => (
              <li key={f.file}>
                <bdi>{f.file}</bdi> — {f.format ?? '?'}: {s('colLoaded')} {f.rowsLoaded}, {s('colRejected')} {f.rowsRejected}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void forget()}>
            {s('forget')}
          </button>
          {stored.tables.includes('user_sipri_deliveries') && <SipriComparison key={stored.savedAt} lang={lang} />}
        </section>
      )}
    </div>
  );
}
