/**
 * The Home charts' files (see src/links/chartFiles.ts): each chart's phone drawing, its data as
 * CSV and the query of its source rows. The same specs and functions as the page, so the drawing is exactly the one the page would
 * have inlined (already pointing at the frame's text alternative) and the CSV is the bytes its
 * `data:` link would have held (BOM, CRLF); the query is the text its console link carried.
 */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../i18n/index.ts';
import { describedSvg } from '../../../charts/describedSvg.ts';
import { toCsv } from '../../../formats/csv.ts';
import { lineFrame } from '../../../specs/chartModel.ts';
import { homeCharts } from '../../../site-data/homeCharts.ts';
import { readManifest } from '../../../site-data/manifest.ts';
import { sharedQuery } from '../../../links/sqlFragment.ts';

interface Props {
  body: string;
  type: string;
}

export async function getStaticPaths() {
  const manifest = readManifest();
  if (!manifest) return [];
  const paths: { params: { lang: Lang; file: string }; props: Props }[] = [];
  for (const lang of LANGS) {
    for (const spec of await homeCharts(lang, manifest)) {
      const m = lineFrame(lang, spec);
      paths.push({ params: { lang, file: `home/${m.id}.csv` }, props: { body: `\uFEFF${toCsv(m.csv.header, m.csv.rows)}`, type: 'text/csv; charset=utf-8' } });
      const sql = m.sourcesHref ? sharedQuery(new URL(m.sourcesHref, 'http://portal.invalid')) : null;
      if (sql) paths.push({ params: { lang, file: `home/${m.id}.sql` }, props: { body: sql, type: 'application/sql; charset=utf-8' } });
      if (!m.svgNarrow) continue;
      // A standalone file names its namespace (the inline markup needs none); the page inserts it as is.
      const svg = describedSvg(m.svgNarrow, `${m.id}-alt`).replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ');
      paths.push({ params: { lang, file: `home/${m.id}.phone.svg` }, props: { body: svg, type: 'image/svg+xml; charset=utf-8' } });
    }
  }
  return paths;
}

export const GET: APIRoute = ({ props }) => {
  const { body, type } = props as Props;
  return new Response(body, { headers: { 'Content-Type': type } });
};
