import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/index.ts';
import { SOURCE_TEXT } from '../../src/i18n/sourceTitles.ts';
import type { Manifest } from '../../src/schema/manifest.ts';
import { allSourceTitles, sourceCaveat, sourceTitle } from '../../src/site-data/coverage.ts';

const registry = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8')) as { sources: { id: string; title: string }[] };

describe('source titles in EN/FR/ES', () => {
  it.each(registry.sources.map((s) => [s.id, s] as const))('%s has a title and a caveat in every language, its English title being the registry’s', (id, source) => {
    const text = SOURCE_TEXT[id];
    expect(text, `${id} is missing from src/i18n/sourceTitles.ts`).toBeDefined();
    for (const lang of LANGS) {
      expect(text!.title[lang].trim(), `${id} title ${lang}`).not.toBe('');
      expect(text!.caveat[lang].trim(), `${id} caveat ${lang}`).not.toBe('');
    }
    expect(text!.title.en).toBe(source.title);
    // A translation is a translation: the French and Spanish titles differ from the English one.
    expect(text!.title.fr).not.toBe(text!.title.en);
    expect(text!.title.es).not.toBe(text!.title.en);
  });

  it('lists no source the registry does not have', () => {
    expect(Object.keys(SOURCE_TEXT).sort()).toEqual(registry.sources.map((s) => s.id).sort());
  });

  // SYNTHETIC manifest: one registered source and one a test fixture might add.
  const manifest = {
    sources: [
      { id: 'eu-coarm-okfn', title: 'EN title' },
      { id: 'fixture-x', title: 'Fixture X (SYNTHETIC)' },
    ],
  } as unknown as Manifest;

  it('gives the page language’s title, and the manifest’s title for a source outside the registry', () => {
    expect(sourceTitle(manifest, 'eu-coarm-okfn', 'fr')).toBe(SOURCE_TEXT['eu-coarm-okfn']!.title.fr);
    expect(sourceTitle(manifest, 'eu-coarm-okfn', 'es')).toBe(SOURCE_TEXT['eu-coarm-okfn']!.title.es);
    expect(sourceTitle(manifest, 'fixture-x', 'fr')).toBe('Fixture X (SYNTHETIC)');
    expect(sourceTitle(manifest, 'nowhere', 'fr')).toBe('nowhere');
    expect(sourceCaveat('fixture-x', 'fr')).toBeNull();
    expect(allSourceTitles(manifest, 'es')).toBe(`${SOURCE_TEXT['eu-coarm-okfn']!.title.es}; Fixture X (SYNTHETIC)`);
  });
});
