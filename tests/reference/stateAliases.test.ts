import { describe, expect, it } from 'vitest';
import { NEVER_RESOLVE, NOT_STATED_MARKERS, STATE_ALIASES } from '../../src/reference/stateAliases.ts';
import { createStateResolver, normalizeName } from '../../src/reference/stateResolver.ts';
import { nameVariants } from '../../src/reference/stateNames.ts';
import { buildStates } from '../../src/reference/states.ts';

const rows = buildStates();
const iso3s = new Set(rows.map((r) => r.iso3));
const withoutAliases = createStateResolver(rows, { aliases: [] });

describe('reviewed state alias table', () => {
  it('points every alias at a State or territory of the table', () => {
    for (const a of STATE_ALIASES) expect(iso3s.has(a.iso3), `${a.name} → ${a.iso3}`).toBe(true);
  });

  it('lists each spelling once (after normalization)', () => {
    const keys = STATE_ALIASES.map((a) => normalizeName(a.name));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('holds no alias the name tables already resolve to the same State', () => {
    const redundant = STATE_ALIASES.filter((a) => withoutAliases.resolve(a.name)?.iso3 === a.iso3).map((a) => a.name);
    expect(redundant).toEqual([]);
  });

  it('gives a non-empty reason wherever it gives one', () => {
    for (const a of STATE_ALIASES) if (a.why !== undefined) expect(a.why.trim()).not.toBe('');
  });

  it('keeps aliases, not-stated markers and never-resolve names apart', () => {
    const aliasKeys = new Set(STATE_ALIASES.map((a) => normalizeName(a.name)));
    for (const n of NEVER_RESOLVE) expect(aliasKeys.has(normalizeName(n.name)), n.name).toBe(false);
    for (const m of NOT_STATED_MARKERS) expect(aliasKeys.has(normalizeName(m)), m).toBe(false);
  });

  it('uses not-stated markers that are no State name in any language', () => {
    const names = new Set(rows.flatMap((r) => [r.name_en, r.name_fr, r.name_es, ...nameVariants(r.iso2)]).map(normalizeName));
    for (const m of NOT_STATED_MARKERS) expect(names.has(normalizeName(m)), m).toBe(false);
  });
});
