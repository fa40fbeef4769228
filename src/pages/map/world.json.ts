/** The projected world map (shapes and points per State), the site's own asset for maps drawn in the browser. */
import type { APIRoute } from 'astro';
import { worldAtlas } from '../../site-data/worldAtlas.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(worldAtlas()), { headers: { 'Content-Type': 'application/json' } });
