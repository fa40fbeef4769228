/** The base world map (every land shape, uncoloured as "no data"): the layer under each country profile's map. */
import type { APIRoute } from 'astro';
import { worldAtlas } from '../../site-data/worldAtlas.ts';
import { mapModelFor, mapSvgMarkup } from '../../specs/mapFrame.ts';

export const GET: APIRoute = () => {
  const svg = mapSvgMarkup(worldAtlas(), mapModelFor('en', [], ''), { lang: 'en', ariaLabel: '', stateName: (iso3) => iso3, links: false });
  return new Response(svg.replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" '), { headers: { 'Content-Type': 'image/svg+xml' } });
};
