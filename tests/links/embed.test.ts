/** Embed URLs, the iframe snippet and the Open Graph card SVG. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { embedHref, exploreEmbedHref, iframeSnippet } from '../../src/links/embed.ts';
import { countryOgPath, ogSvg, trendsOgPath } from '../../src/formats/socialCard.ts';

describe('embed URLs', () => {
  it('put the language first, then the page and the chart id', () => {
    expect(embedHref('fr', 'countries/AUT', 'exporter-1-chart')).toBe('/fr/embed/countries/AUT/exporter-1-chart');
    expect(embedHref('en', 'trends', 'g1-partner')).toBe('/en/embed/trends/g1-partner');
    expect(exploreEmbedHref('es', 'reporter=AUT&group=year&measure=value')).toBe('/es/embed/explore?reporter=AUT&group=year&measure=value');
  });
});

describe('iframeSnippet', () => {
  it('is one iframe with the URL, a title for screen readers, full width and no border', () => {
    const html = iframeSnippet('https://portal.example/en/embed/trends/g1?x=1&y=2', 'Value "by" <year>');
    const frame = new JSDOM(html).window.document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://portal.example/en/embed/trends/g1?x=1&y=2');
    expect(frame.getAttribute('title')).toBe('Value "by" <year>');
    expect(frame.getAttribute('width')).toBe('100%');
    expect(frame.getAttribute('style')).toContain('border:0');
    expect(html).not.toContain('<year>');
  });
});

describe('ogSvg', () => {
  it('is a well-formed 1200×630 SVG with the texts escaped and a chart without duplicate size attributes', () => {
    const svg = ogSvg({
      kicker: 'AUT · AT',
      heading: 'Austria & Co',
      lines: ['Autriche · Austria'],
      chart: '<svg width="560" height="170" viewBox="0 0 560 170"><path d="M0,0L1,1"/></svg>',
      footer: 'portal.example · 5 March 2024',
    });
    const doc = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    expect(doc.documentElement.getAttribute('width')).toBe('1200');
    expect(doc.documentElement.getAttribute('height')).toBe('630');
    expect([...doc.getElementsByTagName('text')].map((t) => t.textContent)).toContain('Austria & Co');
    expect(doc.documentElement.getElementsByTagName('svg')[0]!.getAttribute('width')).toBe('1100');
  });

  it('has one path per country and one per language for trends', () => {
    expect(countryOgPath('AUT')).toBe('/og/countries/AUT.png');
    expect(trendsOgPath('fr')).toBe('/og/fr/trends.png');
  });
});
