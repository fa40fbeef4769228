/**
 * DuckDB-WASM hands some errors over as JSON (`{"exception_type":"Parser","exception_message":
 * "syntax error at or near …","position":"7",…}`). A reader gets the message, its kind and, when
 * DuckDB gave one, where in the SQL text it happened (line, column and the line itself).
 */
export interface DbError {
  /** DuckDB's kind of error, e.g. "Parser", "Catalog", "Binder" (null when not given). */
  kind: string | null;
  message: string;
  /** 0-based character offset into the SQL text (null when not given). */
  position: number | null;
}

export function parseDbError(raw: string): DbError {
  const text = raw.trim();
  const start = text.indexOf('{');
  if (start >= 0) {
    try {
      const o = JSON.parse(text.slice(start)) as Record<string, unknown>;
      if (typeof o.exception_message === 'string') {
        const pos = Number(o.position);
        return {
          kind: typeof o.exception_type === 'string' ? o.exception_type : null,
          // DuckDB appends "LINE 1: …" with a caret; the page shows the spot itself, from `position`.
          message: o.exception_message.replace(/\n+LINE \d+:[\s\S]*$/, ''),
          position: o.position !== undefined && Number.isInteger(pos) && pos >= 0 ? pos : null,
        };
      }
    } catch {
      // Not JSON after all: the text is the message.
    }
  }
  // "Parser Error: syntax error at or near …" or "Catalog Error: …" as plain text.
  const m = /^(\w+) Error: ([\s\S]*)$/.exec(text);
  return m ? { kind: m[1]!, message: m[2]!, position: null } : { kind: null, message: text, position: null };
}

export interface SqlSpot {
  /** 1-based line and column. */
  line: number;
  column: number;
  /** The line of SQL the position is on, and a caret under the position. */
  text: string;
  caret: string;
}

/** Where an offset falls in the SQL text (null when it is past the end). */
export function spotInSql(sql: string, position: number): SqlSpot | null {
  if (position > sql.length) return null;
  const before = sql.slice(0, position);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = sql.indexOf('\n', position);
  const text = sql.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const column = position - lineStart + 1;
  return { line, column, text, caret: `${' '.repeat(column - 1)}^` };
}
