/**
 * Behaviour of the initial-reports matrix (the table itself is static HTML): filters by region and
 * section that hide rows and columns, and a panel showing the answer behind a selected cell, read from
 * the answer row the cell links to. Text is copied with textContent only, never as HTML.
 */

/** Whether a row/column value passes a filter ('*' = all). */
export const passes = (value: string, filter: string): boolean => filter === '*' || value === filter;

/** Fills `{name}` placeholders of a template rendered by the page in its language. */
export function fillCount(template: string, vars: Record<string, number>, lang: string): string {
  const fmt = new Intl.NumberFormat(lang);
  return template.replace(/\{(\w+)\}/g, (whole, k: string) => (k in vars ? fmt.format(vars[k]!) : whole));
}

export function setupMatrix(doc: Document): void {
  const table = doc.getElementById('initial-matrix');
  const form = doc.getElementById('matrix-filters') as HTMLFormElement | null;
  const panel = doc.getElementById('answer-panel');
  if (!table || !form || !panel) return;
  form.hidden = false;
  const region = form.elements.namedItem('region') as HTMLSelectElement;
  const section = form.elements.namedItem('section') as HTMLSelectElement;
  const count = doc.getElementById('matrix-count')!;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-iso3]')];
  const columns = [...table.querySelectorAll<HTMLElement>('thead th[data-section]')];

  const apply = () => {
    let shownRows = 0;
    for (const r of rows) {
      r.hidden = !passes(r.dataset.region ?? '', region.value);
      if (!r.hidden) shownRows++;
    }
    for (const el of table.querySelectorAll<HTMLElement>('[data-section]')) el.hidden = !passes(el.dataset.section ?? '', section.value);
    const shownCols = columns.filter((c) => !c.hidden).length;
    count.textContent = fillCount(count.dataset.template ?? '', { n: shownRows, total: rows.length, q: shownCols, qtotal: columns.length }, doc.documentElement.lang);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());

  const body = panel.querySelector('.answer-panel-body')!;
  table.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a[data-answer]');
    if (!link) return;
    const id = decodeURIComponent(link.hash.slice(1));
    const row = doc.getElementById(id);
    if (!row) return;
    e.preventDefault();
    for (const a of table.querySelectorAll('a[aria-current]')) a.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    panel.hidden = false;
    const tr = link.closest('tr')!;
    const stateName = tr.querySelector('th')?.textContent ?? '';
    const part = (sel: string) => row.querySelector(sel)?.textContent?.trim() ?? '';
    const dl = doc.createElement('dl');
    const add = (term: string, value: string, cls?: string) => {
      const dt = doc.createElement('dt');
      dt.textContent = term;
      const dd = doc.createElement('dd');
      dd.textContent = value;
      if (cls) dd.className = cls;
      dl.append(dt, dd);
    };
    const heads = [...row.closest('table')!.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    add(tr.closest('table')!.querySelector('thead th')?.textContent ?? '', stateName);
    add(heads[0] ?? '', part('.q-text'));
    add(heads[1] ?? '', part('.a-answer'), 'a-answer');
    // The answer keeps its colour and symbol: a copy of the page's own mark (no text from the data in it).
    const mark = row.querySelector('.a-answer .answer');
    if (mark) dl.querySelector('dd.a-answer')!.replaceChildren(mark.cloneNode(true));
    add(heads[2] ?? '', part('.a-words'), 'a-words');
    add(heads[3] ?? '', part('.a-source'));
    const more = doc.createElement('p');
    const a = doc.createElement('a');
    a.href = `#${id}`;
    a.textContent = row.closest('section')?.querySelector('h3')?.textContent?.trim() ?? id;
    more.append('→ ', a);
    body.replaceChildren(dl, more);
    // On a narrow screen the panel sits below the matrix: bring it into view (no-op when already visible).
    panel.scrollIntoView?.({ block: 'nearest' });
  });
  apply();
}
