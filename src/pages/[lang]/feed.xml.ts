/** The portal's Atom feed of new, amended and withdrawn reports, per language. */
import type { APIRoute } from 'astro';
import { langPaths, type Lang } from '../../i18n/index.ts';
import { atomXml } from '../../formats/atom.ts';
import { feedContext } from '../../site-data/feedContext.ts';
import { siteFeed } from '../../formats/feeds.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const xml = atomXml(siteFeed(await feedContext(params.lang as Lang, site)));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
