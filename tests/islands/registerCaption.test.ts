import { describe, expect, it } from 'vitest';
import { registerCaption } from '../../src/islands/registerCaption.ts';

describe('register caption', () => {
  it('says it is loading, with no figures, while the page or the count is not in', () => {
    const text = registerCaption('fr', { status: 'pending', from: 0, to: 0, total: 0 });
    expect(text).toBe('Faits déclarés : chargement…');
    expect(text).not.toMatch(/\d/);
    expect(registerCaption('es', { status: 'pending', from: 0, to: 0, total: 0 })).not.toMatch(/\d/);
  });

  it('gives no figures after a failed query', () => {
    expect(registerCaption('en', { status: 'error', from: 0, to: 0, total: 0 })).toBe('Reported facts: not loaded');
  });

  it('gives the range and the total once both are in, in the language’s style', () => {
    expect(registerCaption('fr', { status: 'done', from: 1, to: 50, total: 1234 })).toBe('Faits déclarés 1 à 50 sur 1\u202f234');
    expect(registerCaption('en', { status: 'done', from: 51, to: 100, total: 1234 })).toBe('Reported facts 51–100 of 1,234');
  });
});
