/**
 * Untrusted text from the sources: names and free text are copied as written, but three things a
 * transcription can carry would mislead or overwhelm a reader, so they are handled here, once:
 *
 * - invisible characters in names (bidi controls such as U+202E, zero-width characters): they make a
 *   name display reversed or two equal-looking names differ, so they are removed before a name is
 *   resolved, and the build records which names had them;
 * - free text (descriptions, comments, initial-report answers) longer than MAX_TEXT: it is cut, and
 *   the cut is marked in the text itself with the length in the source (never rejected: the fact
 *   the row reports stays loaded);
 * - notices about names nobody understood: shown escaped, cut, and at most a few at a time.
 */

/** Bidi embedding/override/isolate controls, marks, zero-width characters, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function stripInvisible(name: string): string {
  return name.replace(INVISIBLE, '');
}

export function hasInvisible(name: string): boolean {
  INVISIBLE.lastIndex = 0;
  const found = INVISIBLE.test(name);
  INVISIBLE.lastIndex = 0;
  return found;
}

/** Longest free-text cell kept whole, in UTF-16 code units (a page of text). */
export const MAX_TEXT = 4000;

/** Text up to `max` as it is; longer text cut, with the cut marked and the source length given. */
export function capText(text: string, max = MAX_TEXT): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  const mark = ` … [cut by the portal: ${text.length} characters in the source]`;
  let end = Math.max(0, max - mark.length);
  // Do not split a surrogate pair.
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return { text: text.slice(0, end) + mark, truncated: true };
}

/** A name for a notice: invisible characters shown as escapes, long names cut with their length. */
export function shownName(name: string, max = 60): string {
  const escaped = name.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}… (${name.length} characters)` : escaped;
}

/** "name (lines), …" for at most `max` names, then how many more there are. */
export function noticeList(names: readonly { name: string; lines: number }[], max = 20): string {
  const shown = names.slice(0, max).map((u) => `${shownName(u.name)} (${u.lines})`);
  if (names.length > max) shown.push(`and ${names.length - max} more (listed in manifest.json)`);
  return shown.join(', ');
}
