import { describe, expect, it } from 'vitest';
import { sqlConsoleHref } from '../../src/links/sqlConsole.ts';

describe('sqlConsoleHref', () => {
  it('round-trips the SQL, parameters written in, through URLSearchParams (what the console reads)', () => {
    const q = { sql: "SELECT a, b FROM t WHERE x = ? AND y >= ? AND z = '+1'", params: ["O'Brien & co, 50% + more", 2010] };
    const href = sqlConsoleHref('fr', q);
    expect(href.startsWith('/fr/sql?q=SELECT+a,+b+FROM')).toBe(true);
    expect(new URLSearchParams(href.slice(href.indexOf('?'))).get('q')).toBe("SELECT a, b FROM t WHERE x = 'O''Brien & co, 50% + more' AND y >= 2010 AND z = '+1'");
  });
});
