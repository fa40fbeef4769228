/**
 * A DOM document for rendering charts at build time. Observable Plot needs `createElementNS` and
 * friends; jsdom provides them in Node. Browser code passes `window.document` instead and never
 * imports this module.
 */
import { JSDOM } from 'jsdom';

let doc: Document | undefined;

export function svgDocument(): Document {
  if (!doc) doc = new JSDOM('<!doctype html><html><body></body></html>').window.document;
  return doc;
}
