/**
 * Reading HTML with parse5 (a WHATWG-conformant parser): the tree walks the UNTC adapter needs —
 * find elements, read attributes, and turn an element into text the way a browser would show it
 * (line breaks at <br>, runs of white space and no-break spaces collapsed). No regular expressions
 * over markup: only over the text the parser gives back. Pure: runs in Node and the browser.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type HtmlNode = DefaultTreeAdapterMap['node'];
export type HtmlElement = DefaultTreeAdapterMap['element'];

/** Parses a whole document, keeping source positions so that rows can name their line. */
export function parseHtml(text: string): HtmlNode {
  return parse(text, { sourceCodeLocationInfo: true });
}

export function isElement(n: HtmlNode): n is HtmlElement {
  return 'tagName' in n;
}

function childrenOf(n: HtmlNode): HtmlNode[] {
  if ('content' in n && n.nodeName === 'template') return (n.content as HtmlNode & { childNodes: HtmlNode[] }).childNodes;
  return 'childNodes' in n ? (n.childNodes as HtmlNode[]) : [];
}

/** Every element under `root` (document order) for which `test` holds. */
export function findAll(root: HtmlNode, test: (e: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (n: HtmlNode) => {
    if (isElement(n) && test(n)) out.push(n);
    for (const c of childrenOf(n)) walk(c);
  };
  walk(root);
  return out;
}

/** Element children of `e` with the given tag name (lower case), in order. */
export function childElements(e: HtmlElement, tagName?: string): HtmlElement[] {
  return childrenOf(e).filter((c): c is HtmlElement => isElement(c) && (tagName === undefined || c.tagName === tagName));
}

export function attr(e: HtmlElement, name: string): string | null {
  return e.attrs.find((a) => a.name === name)?.value ?? null;
}

export function hasClass(e: HtmlElement, cls: string): boolean {
  return (attr(e, 'class') ?? '').split(/\s+/).includes(cls);
}

/**
 * 1-based line of the element's start tag in the source. An element the parser made up (a <tbody> or
 * <tr> a damaged table lacks) has no position: it takes the line of its first descendant that has
 * one, else of its nearest ancestor, else line 1 — a reject always names a line of the file.
 */
export function lineOf(e: HtmlElement): number {
  if (e.sourceCodeLocation) return e.sourceCodeLocation.startLine;
  const inside = findAll(e, (d) => d !== e && d.sourceCodeLocation != null)[0];
  if (inside) return inside.sourceCodeLocation!.startLine;
  for (let p = e.parentNode as HtmlNode | null; p; p = 'parentNode' in p ? (p.parentNode as HtmlNode | null) : null) if (isElement(p) && p.sourceCodeLocation) return p.sourceCodeLocation.startLine;
  return 1;
}

export interface TextOptions {
  /** Elements left out of the text, with everything inside them (e.g. footnote <sup>). */
  skip?: (e: HtmlElement) => boolean;
}

/**
 * The element's text: <br> and block ends become line breaks; within a line, white space (tabs and
 * no-break spaces included) collapses to one space; blank lines collapse; ends are trimmed.
 */
export function textOf(root: HtmlNode, opts: TextOptions = {}): string {
  let raw = '';
  const blocks = new Set(['p', 'div', 'tr', 'li', 'table']);
  const walk = (n: HtmlNode) => {
    if (n.nodeName === '#text') {
      raw += (n as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(n)) {
      for (const c of childrenOf(n)) walk(c);
      return;
    }
    if (opts.skip?.(n)) return;
    if (n.tagName === 'br') {
      raw += '\n';
      return;
    }
    for (const c of childrenOf(n)) walk(c);
    if (blocks.has(n.tagName)) raw += '\n';
  };
  walk(root);
  return raw
    .split('\n')
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}
