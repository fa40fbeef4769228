/**
 * A reader for Python literals as `repr()` writes them: lists, tuples, strings (u/b/r prefixes,
 * single or double quotes, backslash escapes), integers, floats, None, True and False.
 *
 * Some published CSV files hold rows that a scraper wrote with Python's `str(list)` instead of a CSV
 * writer (`[u'AUSTRIA', 'issued', [u'Canada'], 2, None]`). This reads such a row back into values
 * without evaluating anything; text that is not a literal fails with the offset and the reason.
 * Pure: no Node or DOM imports.
 */

export type PyValue = string | number | boolean | null | PyValue[];

export class PythonLiteralError extends Error {
  /** 0-based offset in the text where reading failed. */
  readonly offset: number;
  constructor(offset: number, reason: string) {
    super(`${reason} at character ${offset + 1}`);
    this.offset = offset;
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Reads one literal that must span the whole text (surrounding whitespace allowed). */
export function parsePythonLiteral(text: string): PyValue {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && /\s/.test(text[i]!)) i++;
  };

  const string = (): string => {
    const prefixStart = i;
    while (i < n && /[uUbBrR]/.test(text[i]!)) i++;
    const prefix = text.slice(prefixStart, i).toLowerCase();
    if (prefix.length > 2 || (prefix.length === 2 && !['br', 'rb', 'ur'].includes(prefix))) throw new PythonLiteralError(prefixStart, `unknown string prefix '${text.slice(prefixStart, i)}'`);
    const raw = prefix.includes('r');
    const quote = text[i];
    if (quote !== "'" && quote !== '"') throw new PythonLiteralError(i, 'expected a quote after the string prefix');
    const start = prefixStart;
    i++;
    let out = '';
    while (i < n) {
      const c = text[i]!;
      if (c === quote) {
        i++;
        return out;
      }
      if (c === '\n') throw new PythonLiteralError(start, 'string is not closed before the end of the line');
      if (c !== '\\') {
        out += c;
        i++;
        continue;
      }
      const e = text[i + 1];
      if (e === undefined) break;
      if (raw) {
        // A raw string keeps the backslash; it only stops the next quote from closing the string.
        out += c + e;
        i += 2;
        continue;
      }
      if (e in SIMPLE_ESCAPES && !(e === '0' && /[0-7]/.test(text[i + 2] ?? ''))) {
        out += SIMPLE_ESCAPES[e];
        i += 2;
      } else if (e === 'x' || e === 'u' || e === 'U') {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = text.slice(i + 2, i + 2 + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new PythonLiteralError(i, `bad \\${e} escape: expected ${len} hex digits`);
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) throw new PythonLiteralError(i, `\\${e}${hex} is not a Unicode code point`);
        out += String.fromCodePoint(cp);
        i += 2 + len;
      } else if (/[0-7]/.test(e)) {
        const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1))![0];
        out += String.fromCodePoint(parseInt(oct, 8));
        i += 1 + oct.length;
      } else if (e === '\n') {
        i += 2; // line continuation inside a string
      } else {
        // Python keeps unknown escapes as written (backslash included).
        out += c + e;
        i += 2;
      }
    }
    throw new PythonLiteralError(start, 'string is not closed');
  };

  const number = (): number => {
    const m = /^[+-]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?[lL]?/.exec(text.slice(i));
    if (!m || m[0] === '' || /^[+-]?$/.test(m[0])) throw new PythonLiteralError(i, `unexpected '${text[i] ?? 'end of text'}'`);
    const literal = m[0].replace(/[lL]$/, '').replace(/_/g, '');
    const value = Number(literal);
    if (!Number.isFinite(value)) throw new PythonLiteralError(i, `'${m[0]}' is not a finite number`);
    i += m[0].length;
    return value;
  };

  const sequence = (close: ']' | ')'): PyValue[] => {
    const open = i++;
    const items: PyValue[] = [];
    for (;;) {
      ws();
      if (i >= n) throw new PythonLiteralError(open, `'${text[open]}' is not closed`);
      if (text[i] === close) {
        i++;
        return items;
      }
      items.push(value());
      ws();
      if (text[i] === ',') i++;
      else if (text[i] !== close) throw new PythonLiteralError(i, i >= n ? `'${text[open]}' is not closed` : `expected ',' or '${close}'`);
    }
  };

  const value = (): PyValue => {
    ws();
    const c = text[i];
    if (c === undefined) throw new PythonLiteralError(i, 'unexpected end of text');
    if (c === '[') return sequence(']');
    if (c === '(') return sequence(')');
    for (const [word, v] of [
      ['None', null],
      ['True', true],
      ['False', false],
    ] as const) {
      if (text.startsWith(word, i) && !/\w/.test(text[i + word.length] ?? '')) {
        i += word.length;
        return v;
      }
    }
    if (/[uUbBrR'"]/.test(c)) return string();
    return number();
  };

  const result = value();
  ws();
  if (i < n) throw new PythonLiteralError(i, `unexpected text after the literal: '${text.slice(i, i + 20)}'`);
  return result;
}
