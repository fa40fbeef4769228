import { describe, expect, it } from 'vitest';
import type { Dict } from '../../src/i18n/index.ts';
import { analyses } from '../../src/i18n/strings/analyses.ts';
import { common } from '../../src/i18n/strings/common.ts';
import { countries } from '../../src/i18n/strings/countries.ts';
import { changes } from '../../src/i18n/strings/changes.ts';
import { data } from '../../src/i18n/strings/data.ts';
import { euReports } from '../../src/i18n/strings/euReports.ts';
import { initial } from '../../src/i18n/strings/initial.ts';
import { home } from '../../src/i18n/strings/home.ts';
import { trends } from '../../src/i18n/strings/trends.ts';

const files: Record<string, Dict> = { analyses, changes, common, countries, data, euReports, home, initial, trends };
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(files))('strings/%s', (_, dict) => {
  it('has a non-empty text in every language for every key', () => {
    for (const [key, tr] of Object.entries(dict))
      for (const lang of ['en', 'fr', 'es'] as const) expect(tr[lang]?.trim(), `${key}.${lang}`).toBeTruthy();
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
