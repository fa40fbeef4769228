/**
 * The notice about address settings that were not understood (Explore and its embed). The values
 * come from whoever wrote the link: each is shown in a <bdi> (a right-to-left or bidi-control value
 * cannot reorder the sentence), cut to a few dozen characters, and at most a handful are listed, so
 * a link with thousands of bad parameters makes one short line.
 */
import { t, type Lang } from '../i18n/index.ts';
import { explore } from '../i18n/strings/explore.ts';
import { notices } from '../i18n/strings/notices.ts';
import type { ParamProblem } from '../queries/exploreState.ts';

export const MAX_LISTED = 5;
export const MAX_CHARS = 40;

const cut = (text: string) => (text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text);

export function ParamNotice({ lang, problems, children }: { lang: Lang; problems: readonly ParamProblem[]; children?: React.ReactNode }) {
  if (!problems.length) return null;
  const listed = problems.slice(0, MAX_LISTED);
  const rest = problems.length - listed.length;
  // The sentence around the list, split where the list goes.
  const [before, after = ''] = t(lang, explore, 'badParams', { params: '\u0000' }).split('\u0000');
  return (
    <p className="note" role="alert" data-param-problems={problems.length}>
      {before}
      {listed.map((p, i) => (
        <span key={i}>
          {i > 0 && ', '}
          <bdi>{cut(`${p.key}=${p.value}`)}</bdi>
        </span>
      ))}
      {rest > 0 && ` ${t(lang, notices, 'more', { n: rest })}`}
      {after}
      {children}
    </p>
  );
}
