/**
 * The States × questions matrix of ATT initial reports. A State's answer to a question is the one of
 * its latest report version that answers it: an update (version 2 and up) usually restates only what
 * changed, so the earlier versions' answers stand for every question the update leaves out. Each row
 * names the version it comes from, with file and line, so that every cell can be traced.
 *
 * Filters are bound parameters ('' = all): section (A/B), region (M49 region as in `states.region`),
 * State (ISO3).
 */
import { initialAnswers, initialQuestions, initialReports, states } from '../schema/index.ts';
import type { Query } from '../db/query.ts';

type Lang = 'en' | 'fr' | 'es';

const R = `"${initialReports.name}"`;
const A = `"${initialAnswers.name}"`;
const Q = `"${initialQuestions.name}"`;
const S = `"${states.name}"`;
const NAME_COLUMN: Record<Lang, keyof typeof states.columns> = { en: 'name_en', fr: 'name_fr', es: 'name_es' };

export interface MatrixFilter {
  section?: 'A' | 'B' | '';
  region?: string;
  iso3?: string;
}

export interface MatrixCell {
  iso3: string;
  name: string;
  region: string | null;
  question_id: string;
  section: 'A' | 'B';
  answer: 'yes' | 'no' | 'partial' | 'not_stated';
  text: string | null;
  report_id: string;
  version: number;
  report_date: string | null;
  source_file: string;
  source_line: number;
}

/** One row per State and question answered in some version of its initial report (latest version wins). */
export function initialMatrixQuery(lang: Lang, f: MatrixFilter = {}): Query {
  const section = f.section ?? '';
  const region = f.region ?? '';
  const iso3 = f.iso3 ?? '';
  return {
    sql: `WITH answered AS (
  SELECT r.reporter_iso3 AS iso3, a.question_id, a.answer, a.text, r.report_id, r.version, r.report_date, a.source_file, a.source_line,
    row_number() OVER (PARTITION BY r.reporter_iso3, a.question_id ORDER BY r.version DESC) AS rank
  FROM ${A} AS a
  JOIN ${R} AS r ON r.report_id = a.report_id
)
SELECT x.iso3, coalesce(s."${NAME_COLUMN[lang]}", x.iso3) AS name, s.region, x.question_id, q.section, x.answer, x.text,
  x.report_id, CAST(x.version AS INTEGER) AS version, x.report_date, x.source_file, CAST(x.source_line AS INTEGER) AS source_line
FROM answered AS x
JOIN ${Q} AS q ON q.question_id = x.question_id
LEFT JOIN ${S} AS s ON s.iso3 = x.iso3
WHERE x.rank = 1
  AND (? = '' OR q.section = ?)
  AND (? = '' OR s.region = ?)
  AND (? = '' OR x.iso3 = ?)
ORDER BY name, x.iso3, q.sort_order`,
    params: [section, section, region, region, iso3, iso3],
    tables: ['initial_reports', 'initial_answers', 'initial_questions', 'states'],
  };
}

export interface InitialReportVersion {
  iso3: string;
  name: string;
  region: string | null;
  report_id: string;
  version: number;
  report_date: string | null;
  is_public: boolean | null;
  is_update: boolean;
  supersedes_report_id: string | null;
  answers: number;
  source_file: string;
  /** Whether this is the State's highest version. */
  is_latest: boolean;
}

/** Every version of every initial report, States by name, versions in order ('' = all regions / States). */
export function initialVersionsQuery(lang: Lang, f: Pick<MatrixFilter, 'region' | 'iso3'> = {}): Query {
  const region = f.region ?? '';
  const iso3 = f.iso3 ?? '';
  return {
    sql: `SELECT r.reporter_iso3 AS iso3, coalesce(s."${NAME_COLUMN[lang]}", r.reporter_iso3) AS name, s.region, r.report_id, CAST(r.version AS INTEGER) AS version,
  r.report_date, r.is_public, r.is_update, r.supersedes_report_id, CAST(r.answers AS INTEGER) AS answers, r.source_file,
  r.version = max(r.version) OVER (PARTITION BY r.reporter_iso3) AS is_latest
FROM ${R} AS r
LEFT JOIN ${S} AS s ON s.iso3 = r.reporter_iso3
WHERE (? = '' OR s.region = ?)
  AND (? = '' OR r.reporter_iso3 = ?)
ORDER BY name, r.reporter_iso3, r.version`,
    params: [region, region, iso3, iso3],
    tables: ['initial_reports', 'states'],
  };
}

export interface AnswerCount {
  question_id: string;
  answer: 'yes' | 'no' | 'partial' | 'not_stated';
  states: number;
  /** ISO3 codes of those States, comma-separated, in code order. */
  iso3s: string;
}

/**
 * Per question and answer, how many States give it (latest answering version) and which: "who controls
 * brokering / transit". Questions come as bound parameters; a State that reported but left a question
 * out counts as not_stated.
 */
export function answerCountsQuery(questionIds: readonly string[]): Query {
  if (questionIds.length === 0) throw new Error('answerCountsQuery: no question');
  const list = questionIds.map(() => '?').join(', ');
  return {
    sql: `WITH answered AS (
  SELECT r.reporter_iso3 AS iso3, a.question_id, a.answer,
    row_number() OVER (PARTITION BY r.reporter_iso3, a.question_id ORDER BY r.version DESC) AS rank
  FROM ${A} AS a
  JOIN ${R} AS r ON r.report_id = a.report_id
),
reporters AS (SELECT DISTINCT reporter_iso3 AS iso3 FROM ${R}),
grid AS (
  SELECT p.iso3, q.question_id, coalesce(x.answer, 'not_stated') AS answer
  FROM reporters AS p
  CROSS JOIN (SELECT question_id FROM ${Q} WHERE question_id IN (${list})) AS q
  LEFT JOIN answered AS x ON x.iso3 = p.iso3 AND x.question_id = q.question_id AND x.rank = 1
)
SELECT question_id, answer, CAST(count(*) AS INTEGER) AS states, string_agg(iso3, ',' ORDER BY iso3) AS iso3s
FROM grid
GROUP BY question_id, answer
ORDER BY question_id, answer`,
    params: [...questionIds],
    tables: ['initial_reports', 'initial_answers', 'initial_questions'],
  };
}

/** The question catalogue in template order. */
export function initialQuestionsQuery(): Query {
  return { sql: `SELECT * FROM ${Q} ORDER BY sort_order`, params: [], tables: ['initial_questions'] };
}
