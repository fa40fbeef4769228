import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPagePolicy } from '../../src/security/pagePolicy.ts';

const h = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('each page allows only its own inline code', () => {
  it('keeps the hashes of the page’s scripts and styles and drops the rest of the site’s', () => {
    const script = 'console.log(1)';
    const style = '.a{color:red}';
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${h(script)}' '${h('other()')}'; style-src 'self' '${h(style)}' '${h('.b{}')}'`;
    const html = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body><script>${script}</script><script type="application/json">{"not":"code"}</script></body></html>`;
    const out = narrowPagePolicy(html);
    expect(out).toContain(`content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${h(script)}'; style-src 'self' '${h(style)}'"`);
    expect(out.replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  it('never adds a hash the build did not allow, and leaves a page without a policy alone', () => {
    const html = `<html><head><meta http-equiv="content-security-policy" content="script-src 'self'"></head><body><script>evil()</script></body></html>`;
    expect(narrowPagePolicy(html)).toBe(html);
    expect(narrowPagePolicy('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
