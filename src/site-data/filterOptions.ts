/**
 * The filter options of the pages that query transfers in the browser (Explore, flows, register
 * and their embeds), read at build time, and whether the tables they need are there at all.
 */
import { emptyExploreOptions, loadExploreOptions, type ExploreOptions } from '../queries/exploreOptions.ts';
import type { Manifest } from '../schema/manifest.ts';
import { sourceTitle } from './coverage.ts';
import { hasTable, queryRows } from './db.ts';
import { readManifest } from './manifest.ts';

type Lang = Parameters<typeof loadExploreOptions>[1];

export interface FilterOptions {
  manifest: Manifest | null;
  /** The manifest and the transfers, states and categories tables are there. */
  ready: boolean;
  options: ExploreOptions;
}

/** `sourceCategories`: see loadExploreOptions (the flows and register forms list a source's own categories). */
export async function filterOptions(lang: Lang, { sourceCategories = false } = {}): Promise<FilterOptions> {
  const manifest = readManifest();
  const ready = manifest !== null && hasTable('transfers') && hasTable('states') && hasTable('categories');
  const options = manifest && ready ? await loadExploreOptions(queryRows, lang, (id) => sourceTitle(manifest, id, lang), { sourceCategories }) : emptyExploreOptions();
  return { manifest, ready, options };
}
