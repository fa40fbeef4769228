import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dict } from '../../src/i18n/index.ts';

// Every dictionary in src/i18n/strings/, found by listing the folder, so a new one cannot be missed.
const dir = new URL('../../src/i18n/strings/', import.meta.url);
const files: Record<string, Dict> = {};
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.ts'))
  .sort()) {
  const mod = (await import(new URL(name, dir).href)) as Record<string, Dict>;
  for (const [exportName, dict] of Object.entries(mod)) files[`${name.replace(/\.ts$/, '')}.${exportName}`] = dict;
}

it('covers every dictionary, explore, share and sql included', () => {
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['analyses.analyses', 'common.common', 'explore.explore', 'share.share', 'sql.sql']));
  expect(Object.keys(files).length).toBe(readdirSync(dir).filter((n) => n.endsWith('.ts')).length);
});

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(files))('strings/%s', (_, dict) => {
  it('has a non-empty text in every language for every key', () => {
    for (const [key, tr] of Object.entries(dict)) for (const lang of ['en', 'fr', 'es'] as const) expect(tr[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
  });

  it('uses the same placeholders in the three languages', () => {
    for (const [key, tr] of Object.entries(dict)) {
      expect(placeholders(tr.fr), `${key}.fr`).toEqual(placeholders(tr.en));
      expect(placeholders(tr.es), `${key}.es`).toEqual(placeholders(tr.en));
    }
  });

  it('holds no markup (strings are rendered as text)', () => {
    for (const [key, tr] of Object.entries(dict)) for (const v of Object.values(tr)) expect(v, key).not.toMatch(/<[a-z/]/i);
  });
});
