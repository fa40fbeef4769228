/**
 * The console's editor: CodeMirror 6 with SQL highlighting and completion of the published tables
 * and their columns (from the schema). Server-rendered as a plain textarea, so the query can be
 * read and edited before the script loads. Tab is left to the browser, so keyboard users can leave.
 */
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { basicSetup, EditorView } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { PostgreSQL, sql } from '@codemirror/lang-sql';
// Before any editor exists: CodeMirror's CSS goes into an adopted stylesheet (CSP allows no <style>).
import './adoptedStyles.ts';

export interface SqlEditorHandle {
  setText(text: string): void;
  focus(): void;
}

interface Props {
  id: string;
  label: string;
  describedBy?: string;
  initial: string;
  /** Table name → column names, for completion. */
  schema: Record<string, readonly string[]>;
  onChange: (text: string) => void;
  onRun: () => void;
  ref?: Ref<SqlEditorHandle>;
}

export function SqlEditor({ id, label, describedBy, initial, schema, onChange, onRun, ref }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [mounted, setMounted] = useState(false);
  const [text, setTextState] = useState(initial);
  // Latest callbacks without recreating the editor.
  const cb = useRef({ onChange, onRun });
  cb.current = { onChange, onRun };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is created once; later text comes through setText, callbacks through cb.
  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView({
      doc: text,
      parent: host.current,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => (cb.current.onRun(), true) }])),
        basicSetup,
        sql({ dialect: PostgreSQL, schema: Object.fromEntries(Object.entries(schema).map(([t, cols]) => [t, [...cols]])), upperCaseKeywords: true }),
        EditorView.lineWrapping,
        // Plain text only, natively (CodeMirror asks for it with -webkit-user-modify in its theme). It
        // does not stop Chromium's native edit of a multi-line selection from trying a style attribute,
        // which the Content-Security-Policy refuses (style-src-attr); CodeMirror redraws the line.
        EditorView.contentAttributes.of({ contenteditable: 'plaintext-only', 'aria-label': label, id, ...(describedBy ? { 'aria-describedby': describedBy } : {}) }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) cb.current.onChange(u.state.doc.toString());
        }),
      ],
    });
    view.current = v;
    setMounted(true);
    return () => {
      v.destroy();
      view.current = null;
    };
  }, []);

  useImperativeHandle(ref, () => ({
    setText(next: string) {
      setTextState(next);
      const v = view.current;
      if (v) v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: next } });
      else cb.current.onChange(next);
    },
    focus() {
      view.current?.focus();
    },
  }));

  return (
    <div className="sql-editor">
      {!mounted && (
        <textarea
          id={id}
          aria-label={label}
          aria-describedby={describedBy}
          value={text}
          spellCheck={false}
          onChange={(e) => {
            setTextState(e.target.value);
            onChange(e.target.value);
          }}
        />
      )}
      <div ref={host} />
    </div>
  );
}
