/**
 * CodeMirror's styles under the site's Content-Security-Policy. CodeMirror writes its theme CSS
 * through style-mod, which puts it in a `<style>` element in the document head; the policy
 * (`style-src 'self'` plus Astro's hashes, src/security/policy.ts) refuses inline style elements,
 * and static pages have no nonce to give it. Constructed stylesheets are CSSOM, which the policy
 * allows: this replaces style-mod's `mount` with one that keeps every mounted module, in order,
 * in one `CSSStyleSheet` adopted by the document. Import it before creating an editor.
 */
import { StyleModule } from 'style-mod';

interface Adopted {
  sheet: CSSStyleSheet;
  modules: StyleModule[];
}

const adopted = new WeakMap<Document | ShadowRoot, Adopted>();

/**
 * Later modules take precedence over earlier ones (as style-mod promises): a module already
 * mounted keeps its place unless a call lists it after one that now comes later.
 */
export function mountAdopted(root: Document | ShadowRoot, modules: StyleModule | readonly StyleModule[]): void {
  let a = adopted.get(root);
  if (!a) {
    a = { sheet: new CSSStyleSheet(), modules: [] };
    adopted.set(root, a);
    root.adoptedStyleSheets = [a.sheet, ...root.adoptedStyleSheets];
  }
  let changed = false;
  // `pos`: the first index the next listed module may sit at.
  let pos = 0;
  for (const mod of Array.isArray(modules) ? modules : [modules]) {
    const at = a.modules.indexOf(mod);
    if (at >= pos) {
      pos = at + 1;
      continue;
    }
    if (at >= 0) {
      // Listed after a module it now precedes: move it.
      a.modules.splice(at, 1);
      pos--;
    }
    a.modules.splice(pos++, 0, mod);
    changed = true;
  }
  if (changed) a.sheet.replaceSync(a.modules.map((m) => m.getRules()).join('\n'));
}

if (typeof document !== 'undefined' && 'adoptedStyleSheets' in Document.prototype) {
  StyleModule.mount = (root, modules) => mountAdopted(root as Document | ShadowRoot, modules);
}
