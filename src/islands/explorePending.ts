/**
 * Runs before the Explore island hydrates (a module script of the page): when the address holds
 * settings other than the default view's, the server-rendered result (the default view, computed at
 * build time) does not answer the link. The host gets `link-pending`, and query.css hides that
 * result behind the island's "loading" statement until the island has run the link's query.
 */
import { defaultState, parseExploreQuery, serializeExploreState } from '../queries/exploreState.ts';

export function isDefaultView(search: string): boolean {
  return serializeExploreState(parseExploreQuery(search).state) === serializeExploreState(defaultState());
}

export function markLinkPending(): void {
  if (isDefaultView(window.location.search.replace(/^\?/, ''))) return;
  for (const host of document.querySelectorAll('[data-explore-host]')) host.classList.add('link-pending');
}

/**
 * How the result on screen is shown while it is not the answer to the form's query (`stale`): hidden
 * before the link's own first result (`firstLoad`) and after a failed query — figures under an error
 * box would read as the answer to the settings that failed — and dimmed while a change is running.
 */
export function staleResultView(o: { stale: boolean; firstLoad: boolean; failed: boolean }): 'no' | 'dimmed' | 'hidden' {
  if (!o.stale) return 'no';
  return o.firstLoad || o.failed ? 'hidden' : 'dimmed';
}
