/** The language's search index, written with the site and fetched by the search page from the site itself. */
import type { APIRoute } from 'astro';
import { langPaths, type Lang } from '../../i18n/index.ts';
import { TABLES } from '../../schema/index.ts';
import { readManifest } from '../../site-data/manifest.ts';
import { reference } from '../../site-data/reference.ts';
import type { SearchIndex } from '../../ui/search.ts';
import { searchRecords } from '../../ui/searchIndex.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const ref = await reference();
  const index: SearchIndex = {
    lang,
    records: searchRecords(lang, { states: ref.states, categories: ref.categories, sources: readManifest()?.sources ?? [], tables: TABLES }),
  };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
