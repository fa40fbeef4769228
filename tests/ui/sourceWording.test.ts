import { describe, expect, it } from 'vitest';
import { markedLabel, SOURCE_WORDING_SCHEMES, sourceWordingMark } from '../../src/ui/sourceWording.ts';
import { query } from '../../src/site-data/db.ts';
import { existsSync } from 'node:fs';

describe('sourceWording', () => {
  it('marks labels of English-only schemes in French and Spanish, never in English or for translated schemes', () => {
    expect(markedLabel('fr', 'UK', 'PL5001 — Armoured vehicles')).toBe('PL5001 — Armoured vehicles (termes de la source)');
    expect(markedLabel('es', 'UK', 'X')).toBe('X (términos de la fuente)');
    expect(sourceWordingMark('en', 'UK')).toBe('');
    expect(sourceWordingMark('fr', 'ML')).toBe('');
  });

  // The list of English-only schemes is what the built categories table says (the real build, when present).
  it.runIf(existsSync('public/data/categories.parquet'))('lists exactly the schemes whose labels are untranslated in the built table', async () => {
    const rows = await query(`SELECT scheme FROM categories GROUP BY scheme HAVING bool_and(label_fr = label_en AND label_es = label_en) ORDER BY scheme`, [], 'public/data');
    expect(rows.map((r) => r.scheme)).toEqual([...SOURCE_WORDING_SCHEMES]);
  });
});
