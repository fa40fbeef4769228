/**
 * The Atom feeds, checked as XML with a real parser (jsdom's DOMParser) against RFC 4287's
 * requirements: well-formed, atom:feed in the Atom namespace with exactly one id, title and updated
 * and an author; every entry with exactly one id, title and updated; unique ids; RFC 3339 dates.
 * Built from the SYNTHETIC two-build history (tests/fixtures/att-initial-site) and from hostile text.
 */
import { JSDOM } from 'jsdom';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATOM_NS, atomXml, isRfc3339, xmlEscape, type AtomFeed } from '../../src/formats/atom.ts';
import { readHistoryRecords } from '../../src/site-data/changes.ts';
import { siteFeed, stateFeed, type FeedContext } from '../../src/formats/feeds.ts';
import { buildFixtureSnapshots, SYNTHETIC_SOURCE_ID } from '../../scripts/fixtures/syntheticInitialBuild.ts';

const { DOMParser } = new JSDOM('').window;

/** Validates an Atom document; returns the parsed document or throws naming the first problem. */
function validateAtom(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`not well-formed XML: ${err.textContent}`);
  const feed = doc.documentElement;
  expect(feed.localName).toBe('feed');
  expect(feed.namespaceURI).toBe(ATOM_NS);
  const kids = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ATOM_NS && c.localName === name);
  const one = (el: Element, name: string) => {
    const xs = kids(el, name);
    expect(xs, `${el.localName} must have exactly one atom:${name}`).toHaveLength(1);
    return xs[0]!;
  };
  const iri = (s: string) => expect(s, 'an id is an absolute IRI').toMatch(/^[a-z][a-z0-9+.-]*:\S+$/i);
  iri(one(feed, 'id').textContent!);
  expect(one(feed, 'title').textContent!.trim()).not.toBe('');
  expect(isRfc3339(one(feed, 'updated').textContent!), 'feed updated is RFC 3339').toBe(true);
  const feedAuthor = kids(feed, 'author');
  for (const a of feedAuthor) expect(one(a, 'name').textContent!.trim()).not.toBe('');
  for (const l of kids(feed, 'link')) expect(l.getAttribute('href')).toBeTruthy();
  expect(kids(feed, 'link').filter((l) => l.getAttribute('rel') === 'self')).toHaveLength(1);
  const ids = new Set<string>();
  for (const e of kids(feed, 'entry')) {
    const id = one(e, 'id').textContent!;
    iri(id);
    expect(ids.has(id), `entry id ${id} is unique`).toBe(false);
    ids.add(id);
    expect(one(e, 'title').textContent!.trim()).not.toBe('');
    expect(isRfc3339(one(e, 'updated').textContent!), `entry ${id} updated is RFC 3339`).toBe(true);
    // RFC 4287 4.1.1: without a feed-level author, each entry must have its own.
    if (feedAuthor.length === 0) expect(kids(e, 'author').length).toBeGreaterThan(0);
    // Without atom:content an entry needs an alternate link.
    expect(kids(e, 'link').some((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate')).toBe(true);
  }
  return doc;
}

const entryIds = (doc: Document) => [...doc.getElementsByTagNameNS(ATOM_NS, 'entry')].map((e) => e.getElementsByTagNameNS(ATOM_NS, 'id')[0]!.textContent);

describe('the validator', () => {
  it('rejects malformed XML, a foreign root and a feed without its id', () => {
    expect(() => validateAtom('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</feed>')).toThrow(/well-formed/);
    expect(() => validateAtom('<rss version="2.0"/>')).toThrow();
    const noId = atomXml({ id: 'https://e.org/f', title: 't', updated: '2099-01-01T00:00:00Z', lang: 'en', author: { name: 'a' }, links: [{ href: 'https://e.org/f', rel: 'self' }], entries: [] }).replace(
      /<id>.*<\/id>/,
      '',
    );
    expect(() => validateAtom(noId)).toThrow(/exactly one atom:id/);
  });
});

describe('Atom serialisation', () => {
  const hostile: AtomFeed = {
    id: 'https://example.org/feed.xml',
    title: 'Feed <b>&</b> "quotes" \'apostrophes\' \u0007bell',
    updated: '2099-01-01T00:00:00.000Z',
    lang: 'fr',
    author: { name: 'A & B <x>' },
    links: [{ href: 'https://example.org/feed.xml?a=1&b=2', rel: 'self' }],
    entries: [{ id: 'tag:example.org,2026:x/1', title: '<script>alert(1)</script>', updated: '2099-01-01T00:00:00Z', summary: ']]> & <!-- -->', links: [{ href: 'https://example.org/?q=<>' }] }],
  };

  it('escapes every text and attribute, so markup in data stays text', () => {
    const doc = validateAtom(atomXml(hostile));
    expect(doc.getElementsByTagNameNS(ATOM_NS, 'title')[0]!.textContent).toBe('Feed <b>&</b> "quotes" \'apostrophes\' bell');
    const entry = doc.getElementsByTagNameNS(ATOM_NS, 'entry')[0]!;
    expect(entry.getElementsByTagNameNS(ATOM_NS, 'title')[0]!.textContent).toBe('<script>alert(1)</script>');
    expect(entry.getElementsByTagNameNS(ATOM_NS, 'summary')[0]!.textContent).toBe(']]> & <!-- -->');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(xmlEscape('a\u0000b')).toBe('ab');
  });

  it('refuses a date that is not RFC 3339 and an entry id used twice', () => {
    expect(() => atomXml({ ...hostile, updated: '2099-01-01' })).toThrow(/RFC 3339/);
    expect(() => atomXml({ ...hostile, entries: [hostile.entries[0]!, hostile.entries[0]!] })).toThrow(/occurs twice/);
    expect(isRfc3339('2099-10-08T08:00:00+02:00')).toBe(true);
    expect(isRfc3339('2099-13-45T08:00:00Z')).toBe(false);
  });
});

describe('feeds of the synthetic two-build history', async () => {
  const tmp = await mkdtemp(join(tmpdir(), 'att-feed-'));
  const { before, after } = await buildFixtureSnapshots(join(tmp, 'data'), join(tmp, 'history'));
  const history = readHistoryRecords(join(tmp, 'data'));
  const ctx = (lang: 'en' | 'fr' | 'es'): FeedContext => ({
    lang,
    site: new URL('https://att-portal.example.org/'),
    history,
    builtAt: after.manifest.builtAt,
    stateName: (iso3) => ({ NOR: 'Norway', PER: 'Peru' })[iso3] ?? iso3,
    sourceLabel: (id) => (id === SYNTHETIC_SOURCE_ID ? 'SYNTHETIC initial reports' : id),
  });
  const amendedId = `tag:att-portal.example.org,2026:snapshot/${after.manifest.snapshotId}/amended/${encodeURIComponent(`${SYNTHETIC_SOURCE_ID}:NOR:initial:v2`)}`;

  it('validates as Atom in every language, newest entry first: the amended report, then the first snapshot', () => {
    for (const lang of ['en', 'fr', 'es'] as const) {
      const doc = validateAtom(atomXml(siteFeed(ctx(lang))));
      expect(doc.documentElement.getAttribute('xml:lang')).toBe(lang);
      expect(entryIds(doc)).toEqual([amendedId, `tag:att-portal.example.org,2026:snapshot/${before.manifest.snapshotId}/first`]);
      expect(doc.getElementsByTagNameNS(ATOM_NS, 'updated')[0]!.textContent).toBe(after.manifest.builtAt);
    }
  });

  it('gives a State its own feed with every change of its reports, and an empty but valid feed otherwise', () => {
    const nor = validateAtom(atomXml(stateFeed(ctx('en'), 'NOR')));
    expect(entryIds(nor)).toEqual([amendedId, `tag:att-portal.example.org,2026:snapshot/${before.manifest.snapshotId}/added/${encodeURIComponent(`${SYNTHETIC_SOURCE_ID}:NOR:initial:v1`)}`]);
    const title = nor.getElementsByTagNameNS(ATOM_NS, 'entry')[0]!.getElementsByTagNameNS(ATOM_NS, 'title')[0]!.textContent;
    expect(title).toBe('Norway: initial report (SYNTHETIC initial reports) amended');
    const link = nor.getElementsByTagNameNS(ATOM_NS, 'entry')[0]!.getElementsByTagNameNS(ATOM_NS, 'link')[0]!.getAttribute('href');
    expect(link).toBe('https://att-portal.example.org/en/countries/NOR#initial-report');
    const none = validateAtom(atomXml(stateFeed(ctx('es'), 'AUT')));
    expect(entryIds(none)).toEqual([]);
  });

  it('keeps entry ids stable: the same history gives the same ids, and a later build keeps the earlier ones', async () => {
    const again = await buildFixtureSnapshots(join(tmp, 'data2'), join(tmp, 'history2'));
    expect(again.after.manifest.snapshotId).toBe(after.manifest.snapshotId);
    const ids = entryIds(validateAtom(atomXml(siteFeed({ ...ctx('en'), history: readHistoryRecords(join(tmp, 'data2')) }))));
    expect(ids).toEqual(entryIds(validateAtom(atomXml(siteFeed(ctx('en'))))));
    // Only the first build: its entry keeps its id once the second build is added.
    const firstOnly = entryIds(validateAtom(atomXml(siteFeed({ ...ctx('en'), history: history.slice(0, 1) }))));
    expect(ids).toContain(firstOnly[0]);
  });
});
