/**
 * The language switcher keeps the page's state: each link to the same page in another language
 * carries the current query string and fragment (Explore's filters, the SQL console's query, the
 * barometer's weights, the matrix's controls). Islands rewrite the address with
 * history.replaceState, which fires no event, so the links are refreshed whenever the reader is
 * about to use one (pointer, focus, key) as well as on load and on fragment changes.
 */

/** The switcher link's own path with the page's query string and fragment. */
export function withPageState(path: string, search: string, hash: string): string {
  return `${path}${search === '?' ? '' : search}${hash === '#' ? '' : hash}`;
}

export function keepStateInLanguageLinks(root: ParentNode = document): void {
  for (const nav of root.querySelectorAll<HTMLElement>('.lang-switcher')) {
    const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[hreflang]')].map((a) => ({ a, path: a.getAttribute('href') ?? '' }));
    const update = () => {
      for (const { a, path } of links) a.setAttribute('href', withPageState(path, window.location.search, window.location.hash));
    };
    update();
    for (const type of ['pointerdown', 'pointerover', 'focusin', 'keydown', 'click']) nav.addEventListener(type, update, { capture: true });
    window.addEventListener('hashchange', update);
  }
}
