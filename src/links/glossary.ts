/**
 * Where a category is explained: its row on the glossary page (`/{lang}/glossary#ML10`,
 * `#ATT-IV`, `#UK-PL5001`). One builder for the page's anchors and every link to them.
 */
import { localePath, type Lang } from '../i18n/index.ts';

/** The anchor of a category's row: EU ML codes as written (ML10), other schemes prefixed (ATT-IV). */
export function glossaryAnchor(scheme: string, code: string): string {
  return scheme === 'ML' ? code : `${scheme}-${code}`;
}

export function glossaryHref(lang: Lang, scheme: string, code: string): string {
  return `${localePath(lang, '/glossary')}#${glossaryAnchor(scheme, code)}`;
}
