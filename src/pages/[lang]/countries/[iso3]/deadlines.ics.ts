/** A State Party's ATT reporting deadlines as an iCalendar feed (only for States with an entry into force). */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../../i18n/index.ts';
import { deadlineFeed, ICS_HEADERS } from '../../../../site-data/deadlineFeeds.ts';
import { reference } from '../../../../site-data/reference.ts';

export async function getStaticPaths() {
  const { states } = await reference();
  return LANGS.flatMap((lang) => states.filter((s) => s.att_entry_into_force !== null).map((s) => ({ params: { lang, iso3: s.iso3 } })));
}

export const GET: APIRoute = async ({ params, site }) => new Response(await deadlineFeed(params.lang as Lang, site, params.iso3!), { headers: ICS_HEADERS });
