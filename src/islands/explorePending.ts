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
