/**
 * Labels for coded values (instruments, bases, directions, regions, ATT categories) in the page
 * language. Unknown codes print as they are rather than failing the build: a new code in the data
 * is shown, never hidden.
 */
import { t, type Lang } from '../i18n/index.ts';
import { common } from '../i18n/strings/common.ts';
import { attCategoryName } from '../reference/attCategories.ts';
import { REGION_LABELS } from '../reference/regionLabels.ts';

type CommonKey = keyof typeof common;

function coded(lang: Lang, prefix: string, code: string): string {
  const key = `${prefix}_${code}`;
  return key in common ? t(lang, common, key as CommonKey) : code;
}

export const instrumentLabel = (lang: Lang, code: string) => coded(lang, 'instrument', code);
export const basisLabel = (lang: Lang, code: string) => coded(lang, 'basis', code);
export const directionLabel = (lang: Lang, code: string) => coded(lang, 'direction', code);
/** M49 region or sub-region name (stored in English) in the page language, from the sourced labels. */
export function regionLabel(lang: Lang, region: string | null): string {
  if (!region) return t(lang, common, 'region_none');
  return REGION_LABELS[region]?.[lang] ?? coded(lang, 'region', region);
}

/**
 * "IV — Combat aircraft" / "IV — Avions de combat" (the Treaty's own words, see
 * src/reference/attCategories.ts), or "No ATT equivalent" / "Sans équivalent TCA".
 */
export function attCategoryLabel(lang: Lang, cat: string | null): string {
  if (!cat) return t(lang, common, 'attCategoryNone');
  const name = attCategoryName(cat, lang);
  return name ? `${cat} — ${name}` : cat;
}

/** A category in its own scheme, as the filters and fact tables name it: "ML ML10 — Ammunition". */
export function categoryName(scheme: string, code: string, label: string | null): string {
  return `${scheme} ${code}${label ? ` — ${label}` : ''}`;
}

/** Unit line for a money measure: "EUR, current prices, as published". */
export function currencyUnit(lang: Lang, currency: string): string {
  return t(lang, common, 'unitCurrency', { currency });
}
