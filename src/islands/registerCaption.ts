/**
 * The register table's caption: "Reported facts 1–50 of 1,234" once the page and the count are in,
 * and no figures before (a caption reading "0 to 0 of 0" while the query runs says, wrongly, that
 * nothing matched) nor after a failed query.
 */
import { formatNumber, type Lang, t } from '../i18n/index.ts';
import { flows } from '../i18n/strings/flows.ts';
import { registerStatus } from '../i18n/strings/registerStatus.ts';

export function registerCaption(lang: Lang, o: { status: 'pending' | 'done' | 'error'; from: number; to: number; total: number }): string {
  if (o.status === 'pending') return t(lang, registerStatus, 'captionLoading');
  if (o.status === 'error') return t(lang, registerStatus, 'captionFailed');
  return t(lang, flows, 'registerCaption', { from: formatNumber(lang, o.from), to: formatNumber(lang, o.to), n: formatNumber(lang, o.total) });
}
