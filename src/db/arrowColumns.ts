/**
 * An Arrow column → plain JavaScript values (NULL as null), fast. `Vector.get(i)` decodes every
 * string on its own (a TextDecoder call per value) and costs about 1 µs a value: 300 ms for the
 * seven columns of a permalink's first answer (src/workers/firstAnswer.worker.ts). Here numbers are
 * copied from their typed arrays, ASCII text (ISO codes, source ids, years as text) is decoded once
 * per chunk and sliced, and a dictionary's values are converted once; anything else falls back to
 * `get(i)`. `toArray()` is not used: it gives 0 for a NULL number.
 */
import { Type, type Data, type Vector } from 'apache-arrow';

export type Plain = string | number | null;

/** The column's values in order, numbers as numbers (BIGINT too), text as strings. */
export function columnValues(v: Vector): Plain[] {
  const out: Plain[] = new Array(v.length);
  let at = 0;
  for (const d of v.data) at = chunkInto(d, out, at, v);
  return out;
}

// A sliced chunk (Data.slice) keeps its whole validity bitmap and its `offset`, while its value
// buffers (numbers, dictionary keys, text offsets) start at the slice: only the bitmap is read at offset + i.
function isNull(d: Data, i: number): boolean {
  return d.nullCount > 0 && d.nullBitmap !== undefined && d.nullBitmap.length > 0 && ((d.nullBitmap[(d.offset + i) >> 3]! >> ((d.offset + i) & 7)) & 1) === 0;
}

function chunkInto(d: Data, out: Plain[], at: number, whole: Vector): number {
  const n = d.length;
  switch (d.type.typeId) {
    case Type.Int:
    case Type.Float: {
      const values = d.values as ArrayLike<number | bigint>;
      for (let i = 0; i < n; i++) out[at + i] = isNull(d, i) ? null : Number(values[i]!);
      return at + n;
    }
    case Type.Utf8: {
      const text = asciiText(d);
      if (text === null) break;
      const offsets = d.valueOffsets as Int32Array;
      const base = offsets[0]!;
      for (let i = 0; i < n; i++) out[at + i] = isNull(d, i) ? null : text.slice(offsets[i]! - base, offsets[i + 1]! - base);
      return at + n;
    }
    case Type.Dictionary: {
      if (!d.dictionary) break;
      const dict = columnValues(d.dictionary);
      const keys = d.values as ArrayLike<number | bigint>;
      for (let i = 0; i < n; i++) out[at + i] = isNull(d, i) ? null : dict[Number(keys[i]!)]!;
      return at + n;
    }
  }
  // Any other type: one value at a time, through Arrow's own reader.
  const start = whole.data.slice(0, whole.data.indexOf(d)).reduce((k, x) => k + x.length, 0);
  for (let i = 0; i < n; i++) out[at + i] = toPlain(whole.get(start + i));
  return at + n;
}

/** The chunk's text bytes decoded at once, when every byte is ASCII (then byte offsets are string offsets); else null. */
function asciiText(d: Data): string | null {
  const offsets = d.valueOffsets as Int32Array;
  const bytes = (d.values as Uint8Array).subarray(offsets[0]!, offsets[d.length]!);
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return null;
  return new TextDecoder().decode(bytes);
}

function toPlain(x: unknown): Plain {
  if (x === null || x === undefined) return null;
  if (typeof x === 'bigint') return Number(x);
  if (typeof x === 'number' || typeof x === 'string') return x;
  return String(x);
}
