/**
 * The text of `manifest.json`, fetched once per realm (the page, or a worker) and always
 * revalidated (it names the tables' hashes). Kept apart from its parsing (dataFiles.ts) so that the
 * Explore page's first, light script can start this request before anything else loads, and hand
 * the text to the first-answer worker (src/islands/exploreFirstAnswer.ts): the worker then does not
 * wait for its own request after its slow start, and the page asks for the manifest once.
 */
import { DATA_PATH } from './constants.ts';
import { fetchBytes } from './fetchGuard.ts';

/** Site-root-relative URL under Astro's base path (`/` unless the site is deployed in a sub-folder: BASE_PATH). */
export function siteUrl(path: string): string {
  const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');
  return `${base}${path}`;
}

let text: Promise<string> | undefined;

/** The manifest's text; a failed request is an error naming manifest.json, and is tried again on the next call. */
export function manifestText(): Promise<string> {
  if (!text) {
    const p = fetchBytes(siteUrl(`${DATA_PATH}/manifest.json`), { cache: 'no-cache' }).then((b) => new TextDecoder().decode(b));
    text = p;
    p.catch(() => {
      if (text === p) text = undefined;
    });
  }
  return text;
}

/** Forgets the text (it did not parse): the next call asks the host again, which may have been fixed meanwhile. */
export function forgetManifestText(): void {
  text = undefined;
}

/** Gives this realm the manifest's text fetched by another (the page, for its worker); the first text given or fetched stays. */
export function adoptManifestText(t: string): void {
  text ??= Promise.resolve(t);
}
