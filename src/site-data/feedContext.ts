/** What the feed endpoints need at build time: the published history, State names and source labels. */
import type { Lang } from '../i18n/index.ts';
import { readHistoryRecords } from './changes.ts';
import { dataDir } from './dataDir.ts';
import type { FeedContext } from '../formats/feeds.ts';
import { instrumentLabel } from '../ui/labels.ts';
import { readManifest } from './manifest.ts';
import { reference, stateName } from './reference.ts';
import type { SnapshotRecord } from '../schema/snapshots.ts';

const histories = new Map<string, SnapshotRecord[]>();

export async function feedContext(lang: Lang, site: URL | undefined): Promise<FeedContext> {
  const dir = dataDir();
  let history = histories.get(dir);
  if (!history) histories.set(dir, (history = readHistoryRecords(dir)));
  const manifest = readManifest(dir);
  const ref = await reference(dir);
  const sources = new Map((manifest?.sources ?? []).map((s) => [s.id, s]));
  return {
    lang,
    site: site ?? new URL('https://att-portal.example.org/'),
    history,
    builtAt: manifest?.builtAt ?? '1970-01-01T00:00:00.000Z',
    stateName: (iso3) => stateName(ref, lang, iso3) ?? iso3,
    sourceLabel: (id) => {
      const s = sources.get(id);
      if (!s) return id;
      // A synthetic source says so in every title it appears in.
      return /synthetic/i.test(s.title) ? `${instrumentLabel(lang, s.instrument)} — SYNTHETIC` : instrumentLabel(lang, s.instrument);
    },
  };
}
