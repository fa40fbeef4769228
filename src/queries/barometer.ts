/**
 * Transparency barometer: a score per State and year, modelled on the Small Arms Survey's
 * Transparency Barometer (25 points over timeliness, access and consistency, clarity,
 * comprehensiveness, deliveries, licences granted, licences refused) and adapted to what the
 * tables hold. Each criterion is one SQL expression giving an attainment between 0 and 1 for a
 * State-year; its points are the weight. The score is Σ points × attainment.
 *
 * A State-year enters the barometer when the data holds at least one annual report of it with
 * transfer figures (EU COARM, UK licence data, ATT annual report); the UN Register index only says
 * that a report exists, so it counts as a criterion, not as a report to score.
 */
import type { Translated } from '../schema/index.ts';
import type { Query } from '../db/query.ts';

export interface Criterion {
  id: string;
  /** Group of the Small Arms Survey barometer this criterion adapts. */
  group: 'timeliness' | 'access' | 'clarity' | 'comprehensiveness' | 'deliveries' | 'licences' | 'refusals';
  points: number;
  /** SQL over the columns of the `sy` relation built by `barometerQuery`, giving 0..1. */
  sql: string;
  label: Translated;
  description: Translated;
}

export const CRITERIA: readonly Criterion[] = [
  {
    id: 'timely',
    group: 'timeliness',
    points: 1.5,
    sql: `CASE WHEN submitted IS NOT NULL AND submitted <= make_date(year + 1, 6, 7) THEN 1 ELSE 0 END`,
    label: { en: 'Submitted on time', fr: 'Soumis dans les délais', es: 'Presentado a tiempo' },
    description: {
      en: 'A report for the year was submitted by 31 May of the next year, or within the 7 days of grace. An unknown date scores nothing.',
      fr: 'Un rapport sur l’année a été soumis au plus tard le 31 mai de l’année suivante, ou dans les 7 jours de grâce. Une date inconnue ne rapporte rien.',
      es: 'Se presentó un informe del año a más tardar el 31 de mayo del año siguiente, o dentro de los 7 días de gracia. Una fecha desconocida no suma.',
    },
  },
  {
    id: 'public',
    group: 'access',
    points: 1.5,
    sql: `CASE WHEN any_public THEN 1 ELSE 0 END`,
    label: { en: 'Public', fr: 'Public', es: 'Público' },
    description: { en: 'At least one report for the year is public.', fr: 'Au moins un rapport sur l’année est public.', es: 'Al menos un informe del año es público.' },
  },
  {
    id: 'consistent',
    group: 'access',
    points: 1,
    sql: `CASE WHEN reported_previous_year THEN 1 ELSE 0 END`,
    label: { en: 'Reported the year before', fr: 'A déclaré l’année précédente', es: 'Informó el año anterior' },
    description: {
      en: 'The State also has an annual report for the previous year (consistency over time).',
      fr: 'L’État a aussi un rapport annuel pour l’année précédente (constance dans le temps).',
      es: 'El Estado también tiene un informe anual del año anterior (constancia en el tiempo).',
    },
  },
  {
    id: 'un_register',
    group: 'access',
    points: 1,
    sql: `CASE WHEN un_register THEN 1 ELSE 0 END`,
    label: { en: 'Reported to the UN Register', fr: 'A déclaré au Registre de l’ONU', es: 'Informó al Registro de la ONU' },
    description: {
      en: 'The UN Register reporting index lists a report of the State for the same year.',
      fr: 'L’index des rapports au Registre de l’ONU mentionne un rapport de l’État pour la même année.',
      es: 'El índice de informes al Registro de la ONU recoge un informe del Estado para el mismo año.',
    },
  },
  {
    id: 'partner',
    group: 'clarity',
    points: 2,
    sql: `coalesce(partner_share, 0)`,
    label: { en: 'Partner named', fr: 'Partenaire nommé', es: 'Socio indicado' },
    description: { en: 'Share of reported facts that name the partner State.', fr: 'Part des faits déclarés qui nomment l’État partenaire.', es: 'Proporción de hechos declarados que indican el Estado socio.' },
  },
  {
    id: 'category',
    group: 'clarity',
    points: 2,
    sql: `coalesce(att_share, 0)`,
    label: { en: 'Category maps to the ATT', fr: 'Catégorie rattachée au TCA', es: 'Categoría vinculada al TCA' },
    description: {
      en: 'Share of facts whose category maps to an ATT Art. 2(1) category.',
      fr: 'Part des faits dont la catégorie correspond à une catégorie de l’art. 2(1) du TCA.',
      es: 'Proporción de hechos cuya categoría corresponde a una categoría del art. 2(1) del TCA.',
    },
  },
  {
    id: 'description',
    group: 'clarity',
    points: 0.5,
    sql: `coalesce(described_share, 0)`,
    label: { en: 'Items described', fr: 'Articles décrits', es: 'Artículos descritos' },
    description: {
      en: 'Share of facts with a description of the items or a comment.',
      fr: 'Part des faits avec une description des articles ou une observation.',
      es: 'Proporción de hechos con una descripción de los artículos u observaciones.',
    },
  },
  {
    id: 'value',
    group: 'comprehensiveness',
    points: 2,
    sql: `coalesce(value_share, 0)`,
    label: { en: 'Values given', fr: 'Valeurs indiquées', es: 'Valores indicados' },
    description: { en: 'Share of facts with a value.', fr: 'Part des faits avec une valeur.', es: 'Proporción de hechos con un valor.' },
  },
  {
    id: 'quantity',
    group: 'comprehensiveness',
    points: 2,
    sql: `coalesce(quantity_share, 0)`,
    label: { en: 'Quantities given', fr: 'Quantités indiquées', es: 'Cantidades indicadas' },
    description: { en: 'Share of facts with a number of items or licences.', fr: 'Part des faits avec un nombre d’articles ou de licences.', es: 'Proporción de hechos con un número de artículos o de licencias.' },
  },
  {
    id: 'both_directions',
    group: 'comprehensiveness',
    points: 1.5,
    sql: `CASE WHEN has_exports AND has_imports THEN 1 ELSE 0 END`,
    label: { en: 'Exports and imports', fr: 'Exportations et importations', es: 'Exportaciones e importaciones' },
    description: {
      en: 'Both exports and imports are reported for the year.',
      fr: 'Les exportations et les importations sont déclarées pour l’année.',
      es: 'Se declaran tanto exportaciones como importaciones para el año.',
    },
  },
  {
    id: 'deliveries',
    group: 'deliveries',
    points: 4,
    sql: `CASE WHEN actual_with_figures THEN 1 WHEN has_actual THEN 0.5 ELSE 0 END`,
    label: { en: 'Deliveries', fr: 'Livraisons', es: 'Entregas' },
    description: {
      en: 'Actual transfers (deliveries) are reported: full points with values or items, half without.',
      fr: 'Les transferts effectifs (livraisons) sont déclarés : tous les points avec valeurs ou articles, la moitié sans.',
      es: 'Se declaran transferencias efectivas (entregas): todos los puntos con valores o artículos, la mitad sin ellos.',
    },
  },
  {
    id: 'licences',
    group: 'licences',
    points: 4,
    sql: `CASE WHEN authorized_with_figures THEN 1 WHEN has_authorized THEN 0.5 ELSE 0 END`,
    label: { en: 'Licences granted', fr: 'Licences accordées', es: 'Licencias concedidas' },
    description: {
      en: 'Authorizations (licences granted) are reported: full points with numbers of licences, half without.',
      fr: 'Les autorisations (licences accordées) sont déclarées : tous les points avec le nombre de licences, la moitié sans.',
      es: 'Se declaran autorizaciones (licencias concedidas): todos los puntos con el número de licencias, la mitad sin él.',
    },
  },
  {
    id: 'refusals',
    group: 'refusals',
    points: 2,
    sql: `CASE WHEN has_refused THEN 1 ELSE 0 END`,
    label: { en: 'Licences refused', fr: 'Licences refusées', es: 'Licencias denegadas' },
    description: { en: 'Refusals (licences denied) are reported.', fr: 'Les refus (licences refusées) sont déclarés.', es: 'Se declaran las denegaciones (licencias denegadas).' },
  },
];

export const MAX_POINTS = CRITERIA.reduce((n, c) => n + c.points, 0);

/**
 * One row per State and year: the inputs of every criterion. Nil reports have no facts: their shares
 * are empty. `only` narrows every part to some reporters (a bound list, see barometerQuery); empty, the
 * text is the published one.
 */
const stateYears = (only: string) => `annual AS (
  SELECT reporter_iso3 AS iso3, year::INTEGER AS year,
         min(submitted_date) AS submitted,
         bool_or(coalesce(is_public, false)) AS any_public,
         string_agg(DISTINCT instrument, ',' ORDER BY instrument) AS instruments
    FROM reports
   WHERE report_type = 'annual' AND reporter_iso3 IS NOT NULL AND year IS NOT NULL${only}
   GROUP BY ALL
),
facts AS (
  SELECT reporter_iso3 AS iso3, year::INTEGER AS year,
         count(*)::INTEGER AS facts,
         avg(CASE WHEN partner_iso3 IS NOT NULL THEN 1 ELSE 0 END) AS partner_share,
         avg(CASE WHEN att_category IS NOT NULL THEN 1 ELSE 0 END) AS att_share,
         avg(CASE WHEN description IS NOT NULL OR comments IS NOT NULL THEN 1 ELSE 0 END) AS described_share,
         avg(CASE WHEN value IS NOT NULL THEN 1 ELSE 0 END) AS value_share,
         avg(CASE WHEN items IS NOT NULL OR licences IS NOT NULL THEN 1 ELSE 0 END) AS quantity_share,
         bool_or(direction = 'export') AS has_exports,
         bool_or(direction = 'import') AS has_imports,
         bool_or(basis = 'actual') AS has_actual,
         bool_or(basis = 'actual' AND (value IS NOT NULL OR items IS NOT NULL)) AS actual_with_figures,
         bool_or(basis = 'authorized') AS has_authorized,
         bool_or(basis = 'authorized' AND licences IS NOT NULL) AS authorized_with_figures,
         bool_or(basis = 'refused') AS has_refused
    FROM transfers
   WHERE reporter_iso3 IS NOT NULL${only}
   GROUP BY ALL
),
unroca AS (SELECT DISTINCT reporter_iso3 AS iso3, year::INTEGER AS year FROM reports WHERE instrument = 'UNROCA' AND reporter_iso3 IS NOT NULL${only}),
sy AS (
  SELECT a.*, coalesce(f.facts, 0) AS facts,
         f.partner_share, f.att_share, f.described_share, f.value_share, f.quantity_share,
         coalesce(f.has_exports, false) AS has_exports, coalesce(f.has_imports, false) AS has_imports,
         coalesce(f.has_actual, false) AS has_actual, coalesce(f.actual_with_figures, false) AS actual_with_figures,
         coalesce(f.has_authorized, false) AS has_authorized, coalesce(f.authorized_with_figures, false) AS authorized_with_figures,
         coalesce(f.has_refused, false) AS has_refused,
         p.iso3 IS NOT NULL AS reported_previous_year,
         u.iso3 IS NOT NULL AS un_register
    FROM annual a
    LEFT JOIN facts f ON f.iso3 = a.iso3 AND f.year = a.year
    LEFT JOIN annual p ON p.iso3 = a.iso3 AND p.year = a.year - 1
    LEFT JOIN unroca u ON u.iso3 = a.iso3 AND u.year = a.year
)`;

const round = (expr: string) => `round(${expr}, 4)::DOUBLE`;

export interface BarometerRow {
  iso3: string;
  year: number;
  instruments: string;
  facts: number;
  /** Attainment 0..1 per criterion id. */
  [criterion: string]: string | number;
  score: number;
}

export interface BarometerOptions {
  /**
   * Only these reporters' State-years (ISO3, bound as parameters). The page scores a reader's own
   * file this way in the browser (Your data): the same SQL as the published scores, on the few
   * States the file concerns, so a State-year's score cannot differ between the two.
   */
  states?: readonly string[];
}

/**
 * Attainment per criterion (0..1) for every State-year, and the score with the default points.
 * The text is what the methodology shows and the SQL console runs.
 */
export function barometerQuery(criteria: readonly Criterion[] = CRITERIA, opts: BarometerOptions = {}): Query {
  const states = opts.states ?? [];
  // Every State-year's inputs read only the reporter's own rows, so narrowing to some reporters
  // leaves their rows exactly as in the whole query (tests/queries/barometer.test.ts checks it).
  const only = states.length ? ` AND reporter_iso3 IN (${states.map(() => '?').join(', ')})` : '';
  const cols = criteria.map((c) => `  ${round(c.sql)} AS "${c.id}"`);
  const score = criteria.map((c) => `${c.points} * (${c.sql})`).join('\n    + ');
  const sql = `WITH ${stateYears(only)}
SELECT iso3, year, instruments, facts,
${cols.join(',\n')},
  ${round(score)} AS score
  FROM sy
 ORDER BY year, score DESC, iso3`;
  // The list is bound once per part that reads it: annual reports, facts, UN Register reports.
  return { sql, params: [...states, ...states, ...states], tables: ['reports', 'transfers'] };
}

/** Weights per criterion id; a criterion switched off has weight 0. */
export type Weights = Record<string, number>;

export const DEFAULT_WEIGHTS: Weights = Object.fromEntries(CRITERIA.map((c) => [c.id, c.points]));

/** Score of one State-year under the given weights (criteria without a weight count 0). */
export function scoreOf(row: Record<string, unknown>, weights: Weights): number {
  let s = 0;
  for (const [id, w] of Object.entries(weights)) {
    const a = row[id];
    if (typeof a === 'number' && w > 0) s += w * a;
  }
  return Math.round(s * 10_000) / 10_000;
}

export interface Ranked {
  iso3: string;
  score: number;
  rank: number;
}

/** Ranks State-years of one year by score (ties share a rank, next rank skips: 1, 2, 2, 4). */
export function rankRows(rows: readonly { iso3: string; score: number }[]): Ranked[] {
  const sorted = [...rows].sort((a, b) => b.score - a.score || a.iso3.localeCompare(b.iso3));
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || r.score !== sorted[i - 1]!.score) rank = i + 1;
    return { iso3: r.iso3, score: r.score, rank };
  });
}

/**
 * The barometer configuration in the URL: `w=timely:1.5,public:0,...` lists only weights that differ
 * from the default points, `year=` the year ranked. Unknown ids and non-numbers are ignored.
 */
export function parseWeights(search: string): Weights {
  const w: Weights = { ...DEFAULT_WEIGHTS };
  const raw = new URLSearchParams(search).get('w');
  if (!raw) return w;
  for (const part of raw.split(',')) {
    const [id, v] = part.split(':');
    const n = Number(v);
    if (id && id in w && v !== undefined && v.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100) w[id] = n;
  }
  return w;
}

export function weightsParam(w: Weights): string {
  return CRITERIA.filter((c) => w[c.id] !== c.points)
    .map((c) => `${c.id}:${w[c.id] ?? 0}`)
    .join(',');
}
