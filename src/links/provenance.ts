/**
 * Provenance one click further: from a fact's source, file and line to that line of the pinned
 * file at its commit. Each source of data/sources.json pins its files by URL at a commit (the
 * manifest repeats the pins); a file on raw.githubusercontent.com becomes the repository's blob
 * URL in plain view with a line anchor. Files without lines (XLSX) get a link to the file and the
 * row stated in words; files pinned elsewhere get a link to the pinned URL; transcriptions made
 * for this portal (no pinned URL) get no link.
 */

/** What the manifest says about a source's files: `sources[].files[].{name, url}`. */
export interface PinnedSource {
  id: string;
  files?: readonly { name: string; url?: string }[];
}

/** Source id → file name → pinned URL: small enough to hand to an island as a prop. */
export type Pins = Record<string, Record<string, string>>;

export function pinsOf(sources: readonly PinnedSource[]): Pins {
  const out: Pins = {};
  for (const s of sources) {
    const files: Record<string, string> = {};
    for (const f of s.files ?? []) if (f.url) files[f.name] = f.url;
    if (Object.keys(files).length) out[s.id] = files;
  }
  return out;
}

export interface ProvenanceLink {
  href: string;
  /** `line`: the link opens that line; `row`: it opens the file and the row is stated in words; `file`: the pinned file only. */
  kind: 'line' | 'row' | 'file';
}

const RAW = /^https:\/\/raw\.githubusercontent\.com\/([^/]+)\/([^/]+)\/([0-9a-f]{40})\/(.+)$/;
/** Formats whose bytes are not lines of text: the line number is a row of a worksheet. */
const NOT_LINES = /\.(xlsx|xls|ods|pdf)$/i;

/** The link to `line` of `file` of source `sourceId`, or null when the file is not pinned at a URL. */
export function provenanceLink(pins: Pins, sourceId: string, file: string, line: number | null): ProvenanceLink | null {
  const url = pins[sourceId]?.[file];
  if (!url) return null;
  const raw = RAW.exec(url);
  if (NOT_LINES.test(url) || !raw) {
    const blob = raw ? `https://github.com/${raw[1]}/${raw[2]}/blob/${raw[3]}/${raw[4]}` : url;
    return { href: blob, kind: line !== null && NOT_LINES.test(url) ? 'row' : 'file' };
  }
  // ?plain=1: GitHub shows CSV and HTML as source text, where line anchors work.
  const blob = `https://github.com/${raw[1]}/${raw[2]}/blob/${raw[3]}/${raw[4]}?plain=1`;
  return line !== null && line > 0 ? { href: `${blob}#L${line}`, kind: 'line' } : { href: blob, kind: 'file' };
}
