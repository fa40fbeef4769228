/**
 * How the site shows an initial-report answer: a symbol per answer (with its colour in
 * styles/initial.css and its label in strings/initial.ts). `missing` is a question the State's reports
 * leave out (no row), shown apart from an explicit not_stated. No Node or DOM imports.
 */
import type { InitialAnswer } from '../schema/initialAnswers.ts';

export type AnswerKind = InitialAnswer | 'missing';

export const ANSWER_KINDS: readonly AnswerKind[] = ['yes', 'partial', 'no', 'not_stated', 'missing'];

export const ANSWER_SYMBOL: Record<AnswerKind, string> = {
  yes: '✓',
  partial: '◐',
  no: '✗',
  not_stated: '?',
  missing: '·',
};
