/**
 * Interface languages, translation lookup and locale-aware formatting. Every label and every number
 * or date the site shows goes through here, so EN/FR/ES stay consistent. No Node or DOM imports:
 * pages (build time) and islands (browser) both use it.
 */
import { withBase, withoutBase } from './sitePath.ts';
import type { Translated } from '../schema/columns.ts';

export type Lang = 'en' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'fr', 'es'];
export const DEFAULT_LANG: Lang = 'en';

/** Each language's name in itself, for the language switcher. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français', es: 'Español' };

/** BCP 47 tags for Intl: British English gives "5 January 2024", the style of UN and ATT documents. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** A feature's strings: `{ key: { en, fr, es } }`. */
export type Dict = Record<string, Translated>;
export type Vars = Record<string, string | number>;

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** Picks the language's text of a `Translated` (schema descriptions, category labels, …). */
export function pick(lang: Lang, text: Translated): string {
  return text[lang];
}

/**
 * Looks a key up in a feature dictionary and fills `{name}` placeholders. Numbers in `vars` are
 * formatted for the language; strings are inserted as they are (callers render the result as text).
 */
export function t<D extends Dict>(lang: Lang, dict: D, key: keyof D & string, vars?: Vars): string {
  const entry = dict[key];
  if (!entry) throw new Error(`i18n: no string '${key}'`);
  return fill(lang, entry[lang], vars);
}

/** Binds a dictionary to a language: `const s = translator(lang, homeStrings); s('title')`. */
export function translator<D extends Dict>(lang: Lang, dict: D): (key: keyof D & string, vars?: Vars) => string {
  return (key, vars) => t(lang, dict, key, vars);
}

function fill(lang: Lang, template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

// Intl formatters are costly to build and 750 pages call them thousands of times: keep one per options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: Lang, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(opts)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[lang], opts)));
  return f;
}

/** A number in the language's style; null and NaN print as an en dash (a missing value, not zero). */
export function formatNumber(lang: Lang, n: number | bigint | null | undefined, opts?: Intl.NumberFormatOptions): string {
  if (n === null || n === undefined || (typeof n === 'number' && !Number.isFinite(n))) return '–';
  return numberFormat(lang, opts).format(n);
}

/** A money amount with its ISO 4217 code, never converted (e.g. "€1,234" / "1 234 €"). */
export function formatMoney(lang: Lang, n: number | null | undefined, currency: string, opts?: Intl.NumberFormatOptions): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  return formatNumber(lang, n, { style: 'currency', currency, maximumFractionDigits: 0, ...opts });
}

/** Large numbers shortened for chart axes and headlines ("1.2M", "1,2 M", "1,2 M"). */
export function formatCompact(lang: Lang, n: number | null | undefined): string {
  return formatNumber(lang, n, { notation: 'compact', maximumFractionDigits: 1 });
}

/** File sizes in kB/MB (decimal units, as browsers and most hosts show them). */
export function formatBytes(lang: Lang, bytes: number): string {
  if (bytes < 1e6) return formatNumber(lang, bytes / 1e3, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 1 });
  return formatNumber(lang, bytes / 1e6, { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 });
}

/**
 * A date (`YYYY-MM-DD`) or timestamp (ISO 8601) in the language's style. Dates are calendar days,
 * so they are formatted in UTC: a treaty signed on 3 June is 3 June in every reader's time zone.
 */
export function formatDate(lang: Lang, iso: string | null | undefined, opts?: Intl.DateTimeFormatOptions): string {
  if (!iso) return '–';
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const o: Intl.DateTimeFormatOptions = { timeZone: 'UTC', ...(opts ?? { dateStyle: 'long' }) };
  const key = `${lang}|${JSON.stringify(o)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], o)));
  return f.format(d);
}

/** A list joined the language's way ("A, B and C" / "A, B et C" / "A, B y C"). */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(INTL_LOCALE[lang], { style: 'long', type: 'conjunction' }).format(items);
}

/** Compares strings in the language's collation order (accents sort where readers expect them). */
export function collator(lang: Lang): Intl.Collator {
  return new Intl.Collator(INTL_LOCALE[lang], { sensitivity: 'base', numeric: true });
}

/**
 * The site path of a page in a language: `localePath('fr', '/explore')` → `/fr/explore`,
 * `localePath('es', '/')` → `/es/`, under the base path when the site is in a sub-folder
 * (`/portal/fr/explore`). A query string or hash in `path` is kept.
 */
export function localePath(lang: Lang, path = '/'): string {
  const p = path.startsWith('/') ? path : `/${path}`;
  return withBase(p === '/' ? `/${lang}/` : `/${lang}${p}`);
}

/** The language-free part of a site path: `/fr/countries/AUT` → `/countries/AUT`, `/es/` → `/`. */
export function stripLang(pathname: string): string {
  const m = /^\/(en|fr|es)(\/.*)?$/.exec(withoutBase(pathname));
  if (!m) return pathname;
  return m[2] && m[2] !== '' ? m[2] : '/';
}

/** `getStaticPaths` for pages that exist once per language. */
export function langPaths(): { params: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang } }));
}
