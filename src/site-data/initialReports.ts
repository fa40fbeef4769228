/**
 * Build-time access to the initial reports: the matrix cells, the report versions and the question
 * catalogue, loaded once per data folder and language, grouped per State for the country profiles.
 */
import type { Lang } from '../i18n/index.ts';
import { answerCountsQuery, initialMatrixQuery, initialQuestionsQuery, initialVersionsQuery, type AnswerCount, type InitialReportVersion, type MatrixCell } from '../queries/initialMatrix.ts';
import type { InitialQuestionRow } from '../schema/index.ts';
import { sourceTitle } from './coverage.ts';
import { dataDir } from './dataDir.ts';
import { hasTable, queryRows } from './db.ts';
import type { Manifest } from '../schema/manifest.ts';

/** Questions of the "who controls what" summary: the activities a national system regulates (A1.1). */
export const SUMMARY_QUESTIONS = ['A1.1a', 'A1.1b', 'A1.1c', 'A1.1d', 'A1.1e', 'A1.1f'] as const;

export interface InitialData {
  questions: InitialQuestionRow[];
  cells: MatrixCell[];
  versions: InitialReportVersion[];
  counts: AnswerCount[];
  /** State → question → cell. */
  byState: Map<string, Map<string, MatrixCell>>;
  /** State → its versions, in order. */
  versionsByState: Map<string, InitialReportVersion[]>;
}

const cache = new Map<string, Promise<InitialData>>();

async function load(lang: Lang, dir: string): Promise<InitialData> {
  const has = hasTable('initial_reports', dir) && hasTable('initial_answers', dir) && hasTable('initial_questions', dir);
  if (!has) return group([], [], [], []);
  // One shared connection: queries run one after the other.
  const questions = await queryRows<InitialQuestionRow>(initialQuestionsQuery(), dir);
  const cells = await queryRows<MatrixCell>(initialMatrixQuery(lang), dir);
  const versions = await queryRows<InitialReportVersion>(initialVersionsQuery(lang), dir);
  const counts = versions.length ? await queryRows<AnswerCount>(answerCountsQuery(SUMMARY_QUESTIONS), dir) : [];
  return group(questions, cells, versions, counts);
}

function group(questions: InitialQuestionRow[], cells: MatrixCell[], versions: InitialReportVersion[], counts: AnswerCount[]): InitialData {
  const byState = new Map<string, Map<string, MatrixCell>>();
  for (const c of cells) {
    let m = byState.get(c.iso3);
    if (!m) byState.set(c.iso3, (m = new Map()));
    m.set(c.question_id, c);
  }
  const versionsByState = new Map<string, InitialReportVersion[]>();
  for (const v of versions) versionsByState.set(v.iso3, [...(versionsByState.get(v.iso3) ?? []), v]);
  return { questions, cells, versions, counts, byState, versionsByState };
}

export function initialData(lang: Lang, dir = dataDir()): Promise<InitialData> {
  const key = `${dir}|${lang}`;
  let d = cache.get(key);
  if (!d) cache.set(key, (d = load(lang, dir)));
  return d;
}

/** Titles of the sources of initial reports in this build, and whether any says it is synthetic. */
export function initialSources(manifest: Manifest | null, lang: Lang): { titles: string[]; synthetic: boolean } {
  if (!manifest) return { titles: [], synthetic: false };
  const sources = manifest.sources.filter((s) => s.instrument === 'ATT_INITIAL');
  return { titles: sources.map((s) => sourceTitle(manifest, s.id, lang)), synthetic: sources.some((s) => /synthetic/i.test(s.title) && s.rowsLoaded > 0) };
}

/** Anchor id of a State's answer to a question (ids may hold dots: only used as fragment targets). */
export const answerAnchor = (iso3: string, questionId: string) => `answer-${iso3}-${questionId}`;
