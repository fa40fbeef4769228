/**
 * The Atom feeds of new, amended and withdrawn reports: one per language for the whole portal, one per
 * language and State. Entries come from the published snapshot history (one per report change per
 * snapshot), so they are the same in every build; their ids never change once published.
 */
import { localePath, t, type Lang } from '../i18n/index.ts';
import { changes as strings } from '../i18n/strings/changes.ts';
import { common } from '../i18n/strings/common.ts';
import type { SnapshotRecord } from '../schema/snapshots.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';
import { historyChanges, type HistoryChange } from '../schema/changes.ts';

export interface FeedContext {
  lang: Lang;
  site: URL;
  history: readonly SnapshotRecord[];
  /** Fallback for `updated` when there is no snapshot at all. */
  builtAt: string;
  stateName(iso3: string): string;
  /** What to call a source in a title, e.g. "ATT initial reports". */
  sourceLabel(sourceId: string): string;
}

/** Entries of the portal feed beyond this many (newest first) are left to changes.json. */
export const SITE_FEED_LIMIT = 500;

// 750 per-State feeds read the same history: diff it once.
const memo = new WeakMap<readonly SnapshotRecord[], HistoryChange[]>();
function changesOf(history: readonly SnapshotRecord[]): HistoryChange[] {
  let c = memo.get(history);
  if (!c) memo.set(history, (c = historyChanges(history)));
  return c;
}

const idBase = (site: URL) => `tag:${site.hostname},2026:`;
const abs = (ctx: FeedContext, path: string) => new URL(path, ctx.site).href;

export function reportLabel(lang: Lang, year: string): string {
  return year === 'initial' ? t(lang, strings, 'initialReport') : t(lang, strings, 'annualReport', { year });
}

function entryOf(ctx: FeedContext, c: HistoryChange): AtomEntry {
  const s = (k: keyof typeof strings, v?: Record<string, string | number>) => t(ctx.lang, strings, k, v);
  const profile = localePath(ctx.lang, `/countries/${c.reporter}`) + (c.year === 'initial' ? '#initial-report' : '');
  const summary = [
    s('entrySummary', { id: c.reportId, version: s('versionN', { v: String(c.version) }), snapshot: c.snapshotId }),
    c.kind === 'amended' && c.previousReportId ? s('entryReplaces', { previous: c.previousReportId }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id: `${idBase(ctx.site)}snapshot/${c.snapshotId}/${c.kind}/${encodeURIComponent(c.reportId)}`,
    title: s(`entry_${c.kind}`, { state: ctx.stateName(c.reporter), report: reportLabel(ctx.lang, c.year), source: ctx.sourceLabel(c.sourceId) }),
    updated: c.builtAt,
    summary,
    links: [{ href: abs(ctx, profile), rel: 'alternate', type: 'text/html', hreflang: ctx.lang }],
  };
}

const newestFirst = (a: { updated: string; id: string }, b: { updated: string; id: string }) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id);

function feedOf(ctx: FeedContext, path: string, alternate: string, title: string, entries: AtomEntry[]): AtomFeed {
  const latest = ctx.history.at(-1)?.builtAt ?? ctx.builtAt;
  return {
    id: abs(ctx, path),
    title,
    subtitle: t(ctx.lang, strings, 'feedSubtitle'),
    updated: entries[0]?.updated && entries[0].updated > latest ? entries[0].updated : latest,
    lang: ctx.lang,
    author: { name: t(ctx.lang, common, 'siteName'), uri: abs(ctx, localePath(ctx.lang, '/')) },
    links: [
      { href: abs(ctx, path), rel: 'self', type: 'application/atom+xml' },
      { href: abs(ctx, alternate), rel: 'alternate', type: 'text/html', hreflang: ctx.lang },
    ],
    entries,
  };
}

/** The portal feed: the first snapshot as one entry (it holds every report), then one entry per change. */
export function siteFeed(ctx: FeedContext): AtomFeed {
  const s = (k: keyof typeof strings, v?: Record<string, string | number>) => t(ctx.lang, strings, k, v);
  const all = changesOf(ctx.history);
  const entries: AtomEntry[] = all.filter((c) => !c.first).map((c) => entryOf(ctx, c));
  const first = ctx.history[0];
  if (first) {
    const n = Object.keys(first.reports).length;
    entries.push({
      id: `${idBase(ctx.site)}snapshot/${first.snapshotId}/first`,
      title: s('entryFirst', { snapshot: first.snapshotId, n }),
      updated: first.builtAt,
      summary: s('entryFirstSummary', { n }),
      links: [{ href: abs(ctx, localePath(ctx.lang, '/changes')), rel: 'alternate', type: 'text/html', hreflang: ctx.lang }],
    });
  }
  entries.sort(newestFirst);
  return feedOf(ctx, localePath(ctx.lang, '/feed.xml'), localePath(ctx.lang, '/changes'), s('feedTitle'), entries.slice(0, SITE_FEED_LIMIT));
}

/** A State's feed: every change of its reports, those of the first snapshot included. */
export function stateFeed(ctx: FeedContext, iso3: string): AtomFeed {
  const entries = changesOf(ctx.history)
    .filter((c) => c.reporter === iso3)
    .map((c) => entryOf(ctx, c))
    .sort(newestFirst);
  return feedOf(ctx, localePath(ctx.lang, `/countries/${iso3}/feed.xml`), localePath(ctx.lang, `/countries/${iso3}`), t(ctx.lang, strings, 'feedStateTitle', { state: ctx.stateName(iso3) }), entries);
}
