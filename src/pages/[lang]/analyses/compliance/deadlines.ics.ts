/** Every State Party's ATT reporting deadlines in one iCalendar feed. */
import type { APIRoute } from 'astro';
import { langPaths, type Lang } from '../../../../i18n/index.ts';
import { deadlineFeed, ICS_HEADERS } from '../../../../site-data/deadlineFeeds.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params, site }) => new Response(await deadlineFeed(params.lang as Lang, site, null), { headers: ICS_HEADERS });
