import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fillCount, passes, setupMatrix } from '../../src/islands/initialMatrix.ts';

describe('initial-report matrix behaviour', () => {
  it('passes every value for “*” and only the same value otherwise', () => {
    expect(passes('Europe', '*')).toBe(true);
    expect(passes('', '*')).toBe(true);
    expect(passes('Europe', 'Europe')).toBe(true);
    expect(passes('Africa', 'Europe')).toBe(false);
  });

  it('fills the count template with numbers in the page language', () => {
    expect(fillCount('{n} of {total}; {x}', { n: 1, total: 1200 }, 'fr')).toBe('1 of 1\u202f200; {x}');
  });

  // A miniature of the page's HTML (SYNTHETIC): two States, one question per section, one answer row.
  const html = `<form id="matrix-filters" hidden><select name="region"><option value="*">all</option><option value="Europe">Europe</option></select>
    <select name="section"><option value="*">all</option><option value="B">B</option></select><output id="matrix-count" data-template="{n}/{total} {q}/{qtotal}"></output></form>
    <table id="initial-matrix"><thead><tr><th>State</th><th data-section="A">A1</th><th data-section="B">B1</th></tr></thead>
    <tbody><tr data-region="Europe" data-iso3="NOR"><th>Norway</th><td data-section="A"><a href="#answer-NOR-A1" data-answer="yes">✓</a></td><td data-section="B"></td></tr>
    <tr data-region="Africa" data-iso3="NGA"><th>Nigeria</th><td data-section="A"></td><td data-section="B"></td></tr></tbody></table>
    <aside id="answer-panel" hidden><div class="answer-panel-body"></div></aside>
    <section><h3>Norway</h3><table><thead><tr><th>Question</th><th>Answer</th><th>Words</th><th>Source</th></tr></thead>
    <tbody><tr id="answer-NOR-A1"><th class="q-text">A1 question</th><td class="a-answer">Yes</td><td class="a-words">&lt;b&gt;x&lt;/b&gt;</td><td class="a-source">f.csv, line 2</td></tr></tbody></table></section>`;

  it('hides rows and columns that fail the filters and shows the answer behind a cell as text', () => {
    const doc = new JSDOM(`<!doctype html><html lang="en"><body>${html}</body></html>`).window.document;
    setupMatrix(doc);
    const form = doc.getElementById('matrix-filters') as HTMLFormElement;
    expect(form.hidden).toBe(false);
    expect(doc.getElementById('matrix-count')!.textContent).toBe('2/2 2/2');
    (form.elements.namedItem('region') as HTMLSelectElement).value = 'Europe';
    (form.elements.namedItem('section') as HTMLSelectElement).value = 'B';
    form.dispatchEvent(new doc.defaultView!.Event('change'));
    expect([...doc.querySelectorAll('tbody tr[data-iso3]:not([hidden])')].map((r) => r.getAttribute('data-iso3'))).toEqual(['NOR']);
    expect(doc.getElementById('matrix-count')!.textContent).toBe('1/2 1/2');
    (doc.querySelector('a[data-answer]') as HTMLAnchorElement).click();
    const panel = doc.getElementById('answer-panel')!;
    expect(panel.hidden).toBe(false);
    expect(panel.querySelector('.a-words')!.textContent).toBe('<b>x</b>');
    expect(panel.querySelector('b')).toBeNull();
    expect(panel.textContent).toContain('f.csv, line 2');
  });
});
