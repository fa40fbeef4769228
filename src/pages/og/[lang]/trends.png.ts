/**
 * Social card of the Trends page, one per language (three cards): the page title and the first
 * chart of the page (value by year and basis of the first source and currency), with its series named.
 */
import type { APIRoute } from 'astro';
import { lineChart } from '../../../charts/lineChart.ts';
import { svgDocument } from '../../../charts/svgDocument.ts';
import { formatDate, langPaths, t, type Lang } from '../../../i18n/index.ts';
import { common } from '../../../i18n/strings/common.ts';
import { trends } from '../../../i18n/strings/trends.ts';
import { homeCharts } from '../../../site-data/homeCharts.ts';
import { readManifest } from '../../../site-data/manifest.ts';
import { ogSvg } from '../../../formats/socialCard.ts';
import { ogPng } from '../../../formats/socialCardPng.ts';

export const getStaticPaths = langPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const manifest = readManifest();
  const spec = manifest ? (await homeCharts(lang, manifest))[0] : undefined;
  const chart = spec ? lineChart(spec.points, { width: 560, height: 160, lang, ariaLabel: spec.title, yLabel: spec.yLabel ?? spec.unit, series: spec.series, document: svgDocument() }) : undefined;
  const svg = ogSvg({
    kicker: t(lang, common, 'siteName'),
    heading: t(lang, trends, 'title'),
    lines: spec ? [spec.title, spec.series.join(' · ')] : [t(lang, trends, 'description')],
    chart,
    footer: [site?.host, manifest ? formatDate(lang, manifest.builtAt.slice(0, 10)) : ''].filter(Boolean).join(' · '),
  });
  return new Response(await ogPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
