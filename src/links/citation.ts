/**
 * How to cite a page of the portal: APA-style text and a BibTeX entry naming the portal (as a
 * corporate author), the page, the data build date and snapshot, the URL, and the sources the data
 * comes from with their publishers. Pure functions of the manifest, so every page cites the same way.
 */
import { formatDate, t, type Lang } from '../i18n/index.ts';
import { share } from '../i18n/strings/share.ts';
import type { Manifest } from '../schema/manifest.ts';

export interface CitationInput {
  lang: Lang;
  siteName: string;
  /** The page's title (the site name for the home page). */
  title: string;
  url: string;
  manifest: Pick<Manifest, 'builtAt' | 'snapshotId' | 'sources'>;
}

const year = (iso: string | null | undefined) => (iso ? iso.slice(0, 4) : 'n.d.');

/** One APA reference for the page, then one per source ("Publisher. (year). Title [Data set]. URL"). */
export function apaCitation(c: CitationInput): { page: string; sources: string[] } {
  const s = (k: keyof typeof share, v?: Record<string, string>) => t(c.lang, share, k, v);
  const date = `${c.manifest.builtAt.slice(0, 4)}, ${formatDate(c.lang, c.manifest.builtAt, { month: 'long', day: 'numeric' })}`;
  const built = s('citeBuilt', { date: c.manifest.builtAt.slice(0, 10), id: c.manifest.snapshotId });
  const page = `${c.siteName}. (${date}). ${c.title} [${s('citeDataset')}; ${built}]. ${c.url}`;
  const sources = c.manifest.sources.map((x) => `${x.publisher}. (${year(x.published)}). ${x.title} [${s('citeDataset')}]. ${x.homepage}`);
  return { page, sources };
}

/** Escapes the characters BibTeX treats specially in field values. */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}&%$#_^~]/g, (ch) => (ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\^{}' : ch === '~' ? '\\~{}' : `\\${ch}`));
}

/** A `@misc` entry; the key is stable for a page and a build (`att_portal_{date}_{page}`). */
export function bibtexCitation(c: CitationInput, pageKey: string): string {
  const built = c.manifest.builtAt.slice(0, 10);
  const key = `att_portal_${built.replaceAll('-', '')}_${pageKey.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'home'}`;
  const sources = c.manifest.sources.map((x) => `${x.title} (${x.publisher}, ${year(x.published)})`).join('; ');
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(c.siteName)}}`],
    ['title', `{${bibtexEscape(c.title)}}`],
    ['year', built.slice(0, 4)],
    ['month', String(Number(built.slice(5, 7)))],
    ['url', c.url],
    ['urldate', built],
    ['note', `Data built ${built}, snapshot ${bibtexEscape(c.manifest.snapshotId)}. Sources: ${bibtexEscape(sources)}`],
  ];
  const body = fields.map(([k, v]) => `  ${k.padEnd(7)} = {${v}}`).join(',\n');
  return `@misc{${key},\n${body}\n}`;
}
