/** The portal's Atom feed of new, amended and withdrawn reports, per language. */
import type { APIRoute } from 'astro';
import { langPaths, type Lang } from '../../i18n/index.ts';
import { atomXml } from '../../lib/atom.ts';
import { feedContext } from '../../lib/feedContext.ts';
import { siteFeed } from '../../lib/feeds.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const xml = atomXml(siteFeed(await feedContext(params.lang as Lang, site)));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
