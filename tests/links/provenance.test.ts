import { describe, expect, it } from 'vitest';
import { pinsOf, provenanceLink } from '../../src/links/provenance.ts';

// SYNTHETIC pins in the shape of data/sources.json (commit ids invented).
const C = 'a'.repeat(40);
const pins = pinsOf([
  { id: 'csv-src', files: [{ name: 'values.csv', url: `https://raw.githubusercontent.com/owner/repo/${C}/data/values.csv` }] },
  { id: 'xlsx-src', files: [{ name: 'book.xlsx', url: `https://raw.githubusercontent.com/owner/repo/${C}/book.xlsx` }] },
  { id: 'web-src', files: [{ name: 'page.html', url: 'https://example.org/page.html' }] },
  { id: 'folder-src', files: [{ name: 'local.csv' }] },
]);

describe('provenanceLink', () => {
  it('links a line of a text file to the blob at its commit, in plain view, with a line anchor', () => {
    expect(provenanceLink(pins, 'csv-src', 'values.csv', 12)).toEqual({ href: `https://github.com/owner/repo/blob/${C}/data/values.csv?plain=1#L12`, kind: 'line' });
  });

  it('links the file of a worksheet and says the row is to be stated', () => {
    expect(provenanceLink(pins, 'xlsx-src', 'book.xlsx', 7)).toEqual({ href: `https://github.com/owner/repo/blob/${C}/book.xlsx`, kind: 'row' });
  });

  it('links the pinned URL itself when it is not a GitHub raw file at a commit', () => {
    expect(provenanceLink(pins, 'web-src', 'page.html', 3)).toEqual({ href: 'https://example.org/page.html', kind: 'file' });
  });

  it('gives no link for a file without a pinned URL, an unknown source or an unknown file', () => {
    expect(provenanceLink(pins, 'folder-src', 'local.csv', 1)).toBeNull();
    expect(provenanceLink(pins, 'nope', 'values.csv', 1)).toBeNull();
    expect(provenanceLink(pins, 'csv-src', 'other.csv', 1)).toBeNull();
  });

  it('links the file when the line is unknown', () => {
    expect(provenanceLink(pins, 'csv-src', 'values.csv', null)?.kind).toBe('file');
  });
});
