/**
 * The Share panel's tools, added when a panel is first shown (ChartFrame.astro's script loads this
 * module then, so a page's charts never wait for it): the permalink and embed code with this page's own
 * origin (the site may be served from another host than it was built for), copy buttons, and the
 * SVG and PNG downloads. Built here rather than in every frame's HTML, so pages with many charts
 * stay small.
 */
import { exportChart, svgToPng } from '../charts/exportImage.ts';
import { download } from '../ui/download.ts';
import { isLang, t } from '../i18n/index.ts';
import { share } from '../i18n/strings/share.ts';
import { iframeSnippet } from '../links/embed.ts';

const lang = isLang(document.documentElement.lang) ? document.documentElement.lang : 'en';
const sh = (k: keyof typeof share) => t(lang, share, k);
const NARROW = window.matchMedia('(max-width: 34rem)');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** Adds the permalink and embed fields, copy buttons and image downloads to one Share panel. */
export function enhanceSharePanel(panel: HTMLElement): void {
  const frame = panel.closest<HTMLElement>('.chart-frame');
  if (!frame) return;
  const id = frame.id;
  const title = frame.querySelector('.chart-title')?.textContent?.trim() ?? '';
  const url = `${location.origin}${location.pathname}#${id}`;
  const status = el('p', { className: 'small' });
  status.setAttribute('role', 'status');
  const say = (text: string) => (status.textContent = text);

  /** A labelled read-only field with a copy button. */
  const field = (key: string, label: string, value: string, multiline: boolean, help?: string) => {
    const input = multiline ? el('textarea', { id: `${id}-${key}`, readOnly: true, rows: 3, value }) : el('input', { id: `${id}-${key}`, type: 'text', readOnly: true, value });
    input.dataset[key === 'embed' ? 'snippet' : 'permalink'] = '';
    const copy = el('button', { type: 'button', className: 'share-copy', textContent: sh('copy') });
    copy.addEventListener('click', async () => {
      input.select();
      try {
        await navigator.clipboard.writeText(input.value);
        say(sh('copied'));
      } catch {
        say(sh('copyFailed'));
      }
    });
    const p = el('p', { className: 'share-field' }, el('label', { htmlFor: input.id, textContent: label }), el('span', { className: 'share-row' }, input, copy));
    if (help) {
      const h = el('span', { className: 'small muted', id: `${id}-${key}-help`, textContent: help });
      input.setAttribute('aria-describedby', h.id);
      p.append(h);
    }
    return p;
  };
  const fields = [field('permalink', sh('permalink'), url, false)];
  if (panel.dataset.embed) fields.push(field('embed', sh('embedCode'), iframeSnippet(`${location.origin}${panel.dataset.embed}`, title), true, sh('embedHelp')));
  panel.prepend(...fields, status);

  const chartSvg = () => (NARROW.matches ? frame.querySelector<SVGSVGElement>('.chart-svg--narrow svg') : null) ?? frame.querySelector<SVGSVGElement>('.chart-svg svg');
  const file = () => {
    const svg = chartSvg();
    if (!svg) throw new Error('no chart');
    const legend = [...frame.querySelectorAll<HTMLElement>('.chart-legend li')].map((li) => ({
      label: li.textContent?.trim() ?? '',
      color: li.querySelector('.swatch rect')?.getAttribute('fill') ?? '#000',
    }));
    // The frame's own lines (unit · source, note), the data date and the chart's URL.
    const meta = [...frame.querySelectorAll<HTMLElement>(':scope > .chart-meta')].map((p) => p.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    return exportChart(svg, { title, legend, footer: [...meta, panel.dataset.asof ?? '', url].filter(Boolean) });
  };
  const button = (kind: 'svg' | 'png', label: string, save: () => Promise<void> | void) => {
    const b = el('button', { type: 'button', className: 'link-button', textContent: label });
    b.dataset.download = kind;
    b.addEventListener('click', async () => {
      try {
        await save();
      } catch (e) {
        say(e instanceof Error ? e.message : String(e));
      }
    });
    return el('li', {}, b);
  };
  const csvItem = panel.querySelector('[data-download="csv"]')?.closest('li');
  csvItem?.after(
    button('svg', sh('downloadSvg'), () => download(`${id}.svg`, file().svg, 'image/svg+xml')),
    button('png', sh('downloadPng'), async () => download(`${id}.png`, await svgToPng(file()), 'image/png')),
  );
}
