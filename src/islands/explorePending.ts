/**
 * Whether the server-rendered result answers the address, and how a result that does not is shown.
 * When the address holds settings other than the default view's, the server-rendered result (the
 * default view, computed at build time) does not answer the link: exploreStart.ts gives the host
 * `link-pending`, and query.css hides that result behind the island's "loading" statement until
 * the island has the link's own result.
 */
import { defaultState, parseExploreQuery, serializeExploreState } from '../queries/exploreState.ts';

export function isDefaultView(search: string): boolean {
  return serializeExploreState(parseExploreQuery(search).state) === serializeExploreState(defaultState());
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
