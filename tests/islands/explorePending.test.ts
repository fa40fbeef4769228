import { describe, expect, it } from 'vitest';
import { staleResultView } from '../../src/islands/explorePending.ts';

describe('staleResultView', () => {
  it('shows a result that answers the form, whatever happened since', () => {
    expect(staleResultView({ stale: false, firstLoad: false, failed: false })).toBe('no');
    expect(staleResultView({ stale: false, firstLoad: false, failed: true })).toBe('no');
  });

  it('dims a previous result while the new query runs, and hides it once that query failed', () => {
    expect(staleResultView({ stale: true, firstLoad: false, failed: false })).toBe('dimmed');
    expect(staleResultView({ stale: true, firstLoad: false, failed: true })).toBe('hidden');
  });

  it('hides the build-time default result before a link’s first answer', () => {
    expect(staleResultView({ stale: true, firstLoad: true, failed: false })).toBe('hidden');
  });
});
