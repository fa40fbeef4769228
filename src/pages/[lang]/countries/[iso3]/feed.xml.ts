/** Per-State Atom feed: every report of the State added, amended or withdrawn in a snapshot. */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../../i18n/index.ts';
import { atomXml } from '../../../../formats/atom.ts';
import { feedContext } from '../../../../site-data/feedContext.ts';
import { stateFeed } from '../../../../formats/feeds.ts';
import { reference } from '../../../../site-data/reference.ts';

export async function getStaticPaths() {
  const { states } = await reference();
  return LANGS.flatMap((lang) => states.map((s) => ({ params: { lang, iso3: s.iso3 } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const xml = atomXml(stateFeed(await feedContext(params.lang as Lang, site), params.iso3!));
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
