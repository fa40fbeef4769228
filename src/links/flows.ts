/**
 * Links to the flows view and the trade register. Each page's query-string format is written once,
 * in src/queries/flowsState.ts and registerState.ts; a link here goes through that serializer, so
 * a permalink and the page can never disagree.
 */
import { localePath, type Lang } from '../i18n/index.ts';
import { serializeFlowsState, type FlowsState } from '../queries/flowsState.ts';
import { serializeRegisterState, type RegisterState } from '../queries/registerState.ts';

const withQuery = (path: string, q: string) => (q ? `${path}?${q}` : path);

export function flowsHref(lang: Lang, s: FlowsState): string {
  return withQuery(localePath(lang, '/flows'), serializeFlowsState(s));
}

export function registerHref(lang: Lang, s: RegisterState): string {
  return withQuery(localePath(lang, '/register'), serializeRegisterState(s));
}

/** The embed page of a flows view (the chart alone, same query string; the selected flow left out). */
export function flowsEmbedHref(lang: Lang, s: FlowsState): string {
  return withQuery(localePath(lang, '/embed/flows'), serializeFlowsState({ ...s, flow: null }));
}
