/**
 * Open Graph images (social cards, 1200 × 630): an SVG composed here and rasterized to PNG at
 * build time with sharp (libvips/librsvg, already installed with Astro) by the endpoints under
 * `src/pages/og/`. Text is set in DejaVu Sans, falling back to Liberation Sans: fonts named
 * explicitly so the PNG does not depend on the machine's default font; nothing is downloaded.
 *
 * Country cards are language-neutral (one per State, 250 instead of 750: a third of the build
 * time): they carry the State's name in English, French and Spanish, its ISO code and a chart
 * with numbers and years only; the page's own og:title and og:description carry its language.
 */
import { escapeXml } from '../charts/exportSvg.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

export function countryOgPath(iso3: string): string {
  return `/og/countries/${iso3}.png`;
}

export function trendsOgPath(lang: string): string {
  return `/og/${lang}/trends.png`;
}

export interface OgCard {
  /** Small line above the heading (e.g. the ISO code and region). */
  kicker: string;
  heading: string;
  /** One or two lines under the heading. */
  lines: readonly string[];
  /** A chart's SVG markup (our chart functions' output), drawn in the lower part. */
  chart?: string;
  /** Bottom line: the site's host name and the data build date. */
  footer: string;
}

/** Shortens a line to about `max` characters so it stays on the card. */
function fit(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

export function ogSvg(card: OgCard): string {
  const parts: string[] = [
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${OG_WIDTH}" height="12" fill="#174a7c"/>`,
    `<text x="60" y="78" font-size="26" fill="#4f5863">${escapeXml(fit(card.kicker, 70))}</text>`,
    `<text x="60" y="140" font-size="56" font-weight="bold" fill="#174a7c">${escapeXml(fit(card.heading, 34))}</text>`,
  ];
  card.lines.slice(0, 2).forEach((l, i) => parts.push(`<text x="60" y="${188 + i * 36}" font-size="28" fill="#1b1f24">${escapeXml(fit(l, 72))}</text>`));
  if (card.chart) {
    const top = card.lines.length > 1 ? 250 : 220;
    const nested = card.chart.trim().replace(/^<svg\b/, `<svg x="50" y="${top}" width="1100" height="${OG_HEIGHT - top - 60}" preserveAspectRatio="xMinYMid meet"`);
    // Our size comes first; the chart's own width and height after it are dropped.
    parts.push(dedupeSize(nested));
  }
  parts.push(`<text x="60" y="${OG_HEIGHT - 24}" font-size="22" fill="#4f5863">${escapeXml(fit(card.footer, 90))}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${OG_FONT}" font-size="12" color="#1b1f24" fill="#1b1f24">${parts.join('')}</svg>`;
}

/** Keeps the first width= and height= of the opening tag (XML forbids repeated attributes). */
function dedupeSize(markup: string): string {
  return markup.replace(/^<svg\b[^>]*>/, (open) => {
    const seen = new Set<string>();
    return open.replace(/\s(width|height)="[^"]*"/g, (whole, name: string) => {
      if (seen.has(name)) return '';
      seen.add(name);
      return whole;
    });
  });
}
