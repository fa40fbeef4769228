/**
 * Reporting compliance under the Arms Trade Treaty, derived from treaty facts (states table) and
 * the reports the data holds (reports table).
 *
 * Obligations (Art. 13): an initial report within one year of entry into force (the ATT Secretariat
 * dates it to the day before the anniversary: entry into force 24 Dec 2014 → due 23 Dec 2015), and an
 * annual report for each FULL calendar year of membership, due 31 May of the following year; the
 * Secretariat allows 7 days' grace (to 7 June). A year is a full year of membership when the Treaty was
 * in force for the State on 1 January, so the year a State joins is never an obliged year.
 *
 * A report that is not in the data is "no data", never "not submitted": the ATT transcriptions are
 * partial, and a State missing from them may well have reported. Every query takes the date the
 * statuses hold for (`asOf`, the build date on the site) as its only parameter, so results do not
 * depend on the clock.
 */
import type { Query } from '../db/query.ts';

/** Days of grace the ATT Secretariat allows after the 31 May deadline. */
export const GRACE_DAYS = 7;

export const ANNUAL_STATUSES = ['on_time', 'grace', 'late', 'date_unknown', 'no_data', 'not_yet_due'] as const;
export type AnnualStatus = (typeof ANNUAL_STATUSES)[number];

/** The ATT annual reports of the data, one row per State and year (all versions folded). */
const ATT_ANNUAL = `att AS (
  SELECT reporter_iso3 AS iso3, year::INTEGER AS year,
         min(submitted_date) AS submitted,            -- first submission (later versions amend it)
         arg_max(is_public, version) AS is_public,     -- flags of the latest version
         arg_max(is_nil, version) AS is_nil,
         arg_max(sensitive_withheld, version) AS sensitive_withheld,
         count(*)::INTEGER AS versions
    FROM reports
   WHERE instrument = 'ATT_ANNUAL' AND reporter_iso3 IS NOT NULL AND year IS NOT NULL
   GROUP BY ALL
)`;

/** Years of obligation: every full calendar year in force, up to the last year that has ended by as_of. */
const OBLIGED = `params AS (SELECT CAST(? AS DATE) AS as_of),
parties AS (
  SELECT iso3, CAST(att_entry_into_force AS DATE) AS eif
    FROM states
   WHERE att_entry_into_force IS NOT NULL
),
obliged AS (
  SELECT iso3, year::INTEGER AS year FROM (
    SELECT p.iso3, p.eif, unnest(generate_series(year(p.eif), year(params.as_of) - 1)) AS year
      FROM parties p, params
  ) WHERE eif <= make_date(year::INTEGER, 1, 1)
)`;

/** Status of an annual report against its deadline (31 May next year) and the grace period. */
const STATUS = `CASE
    WHEN a.iso3 IS NOT NULL AND a.submitted IS NULL THEN 'date_unknown'
    WHEN a.submitted <= make_date(y.year + 1, 5, 31) THEN 'on_time'
    WHEN a.submitted <= make_date(y.year + 1, 5, 31) + INTERVAL ${GRACE_DAYS} DAY THEN 'grace'
    WHEN a.submitted IS NOT NULL THEN 'late'
    WHEN make_date(y.year + 1, 5, 31) + INTERVAL ${GRACE_DAYS} DAY >= params.as_of THEN 'not_yet_due'
    ELSE 'no_data'
  END`;

export interface AnnualRow {
  iso3: string;
  year: number;
  /** The year is a full calendar year of membership (false: a report the data holds for another year). */
  obliged: boolean;
  due: string;
  submitted: string | null;
  status: AnnualStatus;
  is_public: boolean | null;
  is_nil: boolean | null;
  sensitive_withheld: boolean | null;
  versions: number;
}

/**
 * Per State and year: the obligation (if any) and the ATT annual report the data holds (if any).
 * Reports for years without an obligation (the year a State joined, or before) are kept, obliged = false.
 */
export function annualComplianceQuery(asOf: string): Query {
  const sql = `WITH ${OBLIGED},
${ATT_ANNUAL},
keys AS (SELECT iso3, year FROM obliged UNION SELECT iso3, year FROM att)
SELECT y.iso3, y.year,
       (o.iso3 IS NOT NULL) AS obliged,
       make_date(y.year + 1, 5, 31) AS due,
       a.submitted,
       ${STATUS} AS status,
       a.is_public, a.is_nil, a.sensitive_withheld,
       coalesce(a.versions, 0)::INTEGER AS versions
  FROM keys y
  CROSS JOIN params
  LEFT JOIN obliged o ON o.iso3 = y.iso3 AND o.year = y.year
  LEFT JOIN att a ON a.iso3 = y.iso3 AND a.year = y.year
 ORDER BY y.iso3, y.year`;
  return { sql, params: [asOf], tables: ['states', 'reports'] };
}

export interface YearSummaryRow {
  year: number;
  obliged: number;
  reported: number;
  on_time: number;
  grace: number;
  late: number;
  date_unknown: number;
  public: number;
  restricted: number;
  nil: number;
  withheld: number;
  /** Obliged States that reported to the UN Register for the same year (another instrument). */
  unroca: number;
}

/** Per year: States obliged, ATT reports held (by status and flags), and UN Register reports of the same States. */
export function yearSummaryQuery(asOf: string): Query {
  const sql = `WITH ${OBLIGED},
${ATT_ANNUAL},
unroca AS (SELECT DISTINCT reporter_iso3 AS iso3, year::INTEGER AS year FROM reports WHERE instrument = 'UNROCA' AND reporter_iso3 IS NOT NULL),
rows AS (
  SELECT y.iso3, y.year, a.iso3 IS NOT NULL AS reported, ${STATUS} AS status,
         a.is_public, a.is_nil, a.sensitive_withheld, u.iso3 IS NOT NULL AS unroca
    FROM obliged y
    CROSS JOIN params
    LEFT JOIN att a ON a.iso3 = y.iso3 AND a.year = y.year
    LEFT JOIN unroca u ON u.iso3 = y.iso3 AND u.year = y.year
)
SELECT year,
       count(*)::INTEGER AS obliged,
       count(*) FILTER (WHERE reported)::INTEGER AS reported,
       count(*) FILTER (WHERE status = 'on_time')::INTEGER AS on_time,
       count(*) FILTER (WHERE status = 'grace')::INTEGER AS grace,
       count(*) FILTER (WHERE status = 'late')::INTEGER AS late,
       count(*) FILTER (WHERE status = 'date_unknown')::INTEGER AS date_unknown,
       count(*) FILTER (WHERE is_public)::INTEGER AS public,
       count(*) FILTER (WHERE is_public = false)::INTEGER AS restricted,
       count(*) FILTER (WHERE is_nil)::INTEGER AS nil,
       count(*) FILTER (WHERE sensitive_withheld)::INTEGER AS withheld,
       count(*) FILTER (WHERE unroca)::INTEGER AS unroca
  FROM rows
 GROUP BY year
 ORDER BY year`;
  return { sql, params: [asOf], tables: ['states', 'reports'] };
}

export const INITIAL_STATUSES = ['on_time', 'late', 'date_unknown', 'no_data', 'not_yet_due'] as const;
export type InitialStatus = (typeof INITIAL_STATUSES)[number];

export interface InitialRow {
  iso3: string;
  entry_into_force: string;
  due: string;
  submitted: string | null;
  status: InitialStatus;
  is_public: boolean | null;
}

/** Per State with a known entry into force: the initial report's deadline and the report the data holds. */
export function initialComplianceQuery(asOf: string): Query {
  const sql = `WITH params AS (SELECT CAST(? AS DATE) AS as_of),
parties AS (SELECT iso3, CAST(att_entry_into_force AS DATE) AS eif FROM states WHERE att_entry_into_force IS NOT NULL),
initial AS (
  SELECT reporter_iso3 AS iso3, min(submitted_date) AS submitted, count(*)::INTEGER AS versions,
         arg_max(is_public, version) AS is_public
    FROM reports
   WHERE instrument = 'ATT_INITIAL' AND reporter_iso3 IS NOT NULL
   GROUP BY ALL
)
SELECT p.iso3, p.eif AS entry_into_force,
       CAST(p.eif + INTERVAL 1 YEAR - INTERVAL 1 DAY AS DATE) AS due,
       i.submitted,
       CASE
         WHEN i.iso3 IS NOT NULL AND i.submitted IS NULL THEN 'date_unknown'
         WHEN i.submitted <= p.eif + INTERVAL 1 YEAR - INTERVAL 1 DAY THEN 'on_time'
         WHEN i.submitted IS NOT NULL THEN 'late'
         WHEN p.eif + INTERVAL 1 YEAR - INTERVAL 1 DAY >= params.as_of THEN 'not_yet_due'
         ELSE 'no_data'
       END AS status,
       i.is_public
  FROM parties p
  CROSS JOIN params
  LEFT JOIN initial i ON i.iso3 = p.iso3
 ORDER BY p.iso3`;
  return { sql, params: [asOf], tables: ['states', 'reports'] };
}

export interface OtherInstrumentRow {
  iso3: string;
  instrument: 'UNROCA' | 'EU_COARM' | 'UK_SIEL';
  year: number;
}

/** Which States appear in which years in the other instruments (UN Register index, EU COARM, UK licences). */
export function otherInstrumentsQuery(): Query {
  const sql = `SELECT DISTINCT reporter_iso3 AS iso3, instrument, year::INTEGER AS year
  FROM reports
 WHERE instrument IN ('UNROCA', 'EU_COARM', 'UK_SIEL') AND reporter_iso3 IS NOT NULL AND year IS NOT NULL
 ORDER BY iso3, instrument, year`;
  return { sql, params: [], tables: ['reports'] };
}
