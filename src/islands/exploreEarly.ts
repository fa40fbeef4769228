/**
 * The Explore page's very first script, kept light (no schema, no DuckDB): on an address with a
 * query string, it hides the server-rendered result (the default view's, computed at build time)
 * until the page knows whether it answers the address, and starts the first-answer worker at once
 * (exploreFirstAnswer.ts). The rest of the start (exploreStart.ts) loads after.
 */
import { firstAnswer } from './exploreFirstAnswer.ts';

const search = window.location.search.replace(/^\?/, '');
if (search) {
  for (const host of document.querySelectorAll('[data-explore-host]')) host.classList.add('link-pending');
  void firstAnswer(search);
}
void import('./exploreStart.ts').then((m) => m.startExplore());
