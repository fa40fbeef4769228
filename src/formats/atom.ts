/**
 * Atom 1.0 (RFC 4287) serialisation: a feed and its entries as an XML string. Every text is escaped
 * (and characters XML cannot carry are dropped), dates must already be RFC 3339 timestamps, and the
 * feed always has an author so entries need none of their own.
 */

export interface AtomLink {
  href: string;
  rel?: 'alternate' | 'self' | 'related' | 'via';
  type?: string;
  hreflang?: string;
}

export interface AtomEntry {
  /** Permanent, unique IRI: the same change keeps the same id in every build. */
  id: string;
  title: string;
  updated: string;
  summary?: string;
  links: AtomLink[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  lang: string;
  author: { name: string; uri?: string };
  links: AtomLink[];
  entries: AtomEntry[];
}

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function isRfc3339(s: string): boolean {
  return RFC3339.test(s) && !Number.isNaN(Date.parse(s));
}

/** Escapes text for element content and attribute values; drops characters not allowed in XML 1.0. */
export function xmlEscape(s: string): string {
  return (
    s
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the class lists the characters XML 1.0 allows, to drop every other one
      .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

function link(l: AtomLink): string {
  const attrs = [`href="${xmlEscape(l.href)}"`];
  if (l.rel) attrs.push(`rel="${l.rel}"`);
  if (l.type) attrs.push(`type="${xmlEscape(l.type)}"`);
  if (l.hreflang) attrs.push(`hreflang="${xmlEscape(l.hreflang)}"`);
  return `<link ${attrs.join(' ')}/>`;
}

function checkDate(where: string, d: string) {
  if (!isRfc3339(d)) throw new Error(`atom: ${where} date '${d}' is not an RFC 3339 timestamp`);
}

export function atomXml(feed: AtomFeed): string {
  checkDate('feed', feed.updated);
  const ids = new Set<string>();
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="${ATOM_NS}" xml:lang="${xmlEscape(feed.lang)}">`,
    `  <id>${xmlEscape(feed.id)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${feed.updated}</updated>`,
    `  <author><name>${xmlEscape(feed.author.name)}</name>${feed.author.uri ? `<uri>${xmlEscape(feed.author.uri)}</uri>` : ''}</author>`,
    ...feed.links.map((l) => `  ${link(l)}`),
  ];
  for (const e of feed.entries) {
    checkDate(`entry ${e.id}`, e.updated);
    if (ids.has(e.id)) throw new Error(`atom: entry id ${e.id} occurs twice`);
    ids.add(e.id);
    lines.push(
      '  <entry>',
      `    <id>${xmlEscape(e.id)}</id>`,
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      ...e.links.map((l) => `    ${link(l)}`),
      ...(e.summary ? [`    <summary>${xmlEscape(e.summary)}</summary>`] : []),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
