/**
 * Words shown as the source wrote them, in a page of another language: UK control-list ratings are
 * published in English only, so the categories table repeats the English label in French and
 * Spanish (tests/ui/sourceWording.test.ts checks this against the built table). Such a label is
 * marked "(source's wording)" in the reader's language rather than passed off as a translation.
 */
import { t, type Lang } from '../i18n/index.ts';
import { chartClarity } from '../i18n/strings/chartClarity.ts';

/** Category schemes whose labels exist only in the source's language (English). */
export const SOURCE_WORDING_SCHEMES: readonly string[] = ['UK'];

/** The marker to put after a label of `scheme` in `lang`, or '' when the label is a translation (or English). */
export function sourceWordingMark(lang: Lang, scheme: string): string {
  return lang !== 'en' && SOURCE_WORDING_SCHEMES.includes(scheme) ? t(lang, chartClarity, 'sourceWording') : '';
}

/** "PL5001 — Armoured vehicles (termes de la source)": the label with its marker when it is the source's wording. */
export function markedLabel(lang: Lang, scheme: string, label: string): string {
  const mark = sourceWordingMark(lang, scheme);
  return mark ? `${label} ${mark}` : label;
}
