/**
 * A country profile's world map as an SVG file: only the shaded States, drawn over the shared base
 * map (/map/world.svg) on the profile with two <img>. One file per State for all three languages (it
 * carries no words), so the profile pages keep to their byte budget and the files stay small.
 */
import type { APIRoute } from 'astro';
import { countryProfiles } from '../../../site-data/countryProfiles.ts';
import { worldAtlas } from '../../../site-data/worldAtlas.ts';
import { countryMapData } from '../../../specs/countryMap.ts';
import { mapModelFor, mapSvgMarkup } from '../../../specs/mapFrame.ts';

export async function getStaticPaths() {
  const profiles = await countryProfiles();
  return [...profiles.values()].filter((p) => p.flows[0] && p.mapPartners?.some((x) => x.key)).map((p) => ({ params: { iso3: p.iso3 }, props: { data: countryMapData(p.flows[0]!, p.mapPartners!) } }));
}

export const GET: APIRoute = ({ props }) => {
  const model = mapModelFor('en', props.data, '');
  const svg = mapSvgMarkup(worldAtlas(), model, { lang: 'en', ariaLabel: '', stateName: (iso3) => iso3, links: false, overlay: true });
  return new Response(svg.replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" '), { headers: { 'Content-Type': 'image/svg+xml' } });
};
