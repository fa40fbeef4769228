/**
 * The ATT initial-report transcription format: one flat table, the same headers in CSV and in the
 * first sheet of an XLSX. One file per report version; title columns describe the report (filled on
 * the first data row, later rows blank or identical), row columns give one answer each.
 *
 * This is the single definition of the format: the adapter checks headers and values against it,
 * scripts/writeInitialTemplate.ts writes the blank template from it, docs/att-initial-format.md
 * describes it. No Node imports, so that the site may show the format too.
 */
import type { Translated } from '../schema/columns.ts';
import { INITIAL_ANSWERS, type InitialAnswer } from '../schema/initialAnswers.ts';

export type InitialFormatScope = 'title' | 'row';

export interface InitialFormatColumn {
  name: string;
  scope: InitialFormatScope;
  /** Title columns: required on the first data row. Row columns: required on every answer row. */
  required: boolean;
  /** Allowed values, where the column is coded (case-insensitive; the spellings below are accepted too). */
  allowed?: readonly string[];
  description: Translated;
}

/** Accepted spellings of each answer, in the three working languages of the ATT. */
export const ANSWER_SPELLINGS: Readonly<Record<InitialAnswer, readonly string[]>> = {
  yes: ['yes', 'oui', 'sí', 'si'],
  no: ['no', 'non'],
  partial: ['partial', 'partiel', 'partielle', 'parcial'],
  not_stated: ['not_stated', 'not stated', 'non indiqué', 'no indicado'],
};

const spelled = new Map(Object.entries(ANSWER_SPELLINGS).flatMap(([answer, spellings]) => spellings.map((s) => [s, answer as InitialAnswer])));

/** The answer a cell means, or null when the cell is not one of the accepted spellings. */
export function answerOf(cell: string): InitialAnswer | null {
  return spelled.get(cell.trim().toLowerCase()) ?? null;
}

export const ATT_INITIAL_COLUMNS: readonly InitialFormatColumn[] = [
  {
    name: 'reporting_state',
    scope: 'title',
    required: true,
    description: {
      en: 'The reporting State, by name as written in the report (not a code: the pipeline resolves names).',
      fr: 'L’État déclarant, par son nom tel qu’il figure dans le rapport (pas un code : le pipeline résout les noms).',
      es: 'El Estado informante, por su nombre tal como figura en el informe (no un código: el proceso resuelve los nombres).',
    },
  },
  {
    name: 'version',
    scope: 'title',
    required: true,
    description: {
      en: '1 for the initial report as first submitted; 2, 3 … for each update reporting new measures (Art. 13(1)). Each version is its own file; earlier files stay as they are.',
      fr: '1 pour le rapport initial tel que soumis la première fois ; 2, 3… pour chaque mise à jour signalant de nouvelles mesures (art. 13(1)). Chaque version est un fichier distinct ; les fichiers antérieurs restent tels quels.',
      es: '1 para el informe inicial tal como se presentó por primera vez; 2, 3… para cada actualización que informe de nuevas medidas (art. 13(1)). Cada versión es un archivo distinto; los archivos anteriores se conservan tal cual.',
    },
  },
  {
    name: 'report_date',
    scope: 'title',
    required: false,
    description: {
      en: 'Date of the report (or of its submission) as YYYY-MM-DD; empty if not known.',
      fr: 'Date du rapport (ou de sa soumission) au format AAAA-MM-JJ ; vide si elle n’est pas connue.',
      es: 'Fecha del informe (o de su presentación) en formato AAAA-MM-DD; vacía si no se conoce.',
    },
  },
  {
    name: 'public_report',
    scope: 'title',
    required: false,
    allowed: ['yes', 'no'],
    description: {
      en: 'yes if the State agreed to the report being made public; no if not; empty if the report does not say (oui/non and sí/no are accepted too).',
      fr: 'yes si l’État a accepté que le rapport soit rendu public ; no sinon ; vide si le rapport ne le dit pas (oui/non et sí/no sont aussi acceptés).',
      es: 'yes si el Estado aceptó que el informe se hiciera público; no en caso contrario; vacío si el informe no lo indica (también se aceptan oui/non y sí/no).',
    },
  },
  {
    name: 'question_id',
    scope: 'row',
    required: true,
    description: {
      en: 'Id of the question in the catalogue (sheet Questions of the template), e.g. A1.3d. One row per question; a question at most once per file.',
      fr: 'Identifiant de la question dans le catalogue (feuille Questions du modèle), p. ex. A1.3d. Une ligne par question ; une question au plus une fois par fichier.',
      es: 'Identificador de la pregunta en el catálogo (hoja Questions de la plantilla), p. ej. A1.3d. Una fila por pregunta; cada pregunta como máximo una vez por archivo.',
    },
  },
  {
    name: 'answer',
    scope: 'row',
    required: true,
    allowed: INITIAL_ANSWERS,
    description: {
      en: 'yes, no, partial (for part of what is asked only), or not_stated (the report does not answer). Never left empty: write not_stated.',
      fr: 'yes, no, partial (pour une partie seulement de ce qui est demandé) ou not_stated (le rapport ne répond pas). Jamais vide : écrire not_stated.',
      es: 'yes, no, partial (solo para una parte de lo que se pregunta) o not_stated (el informe no responde). Nunca vacío: escribir not_stated.',
    },
  },
  {
    name: 'text',
    scope: 'row',
    required: false,
    description: {
      en: 'The report’s own words on the question (laws, authorities, comments), copied as written; optional.',
      fr: 'Les termes du rapport sur la question (lois, autorités, observations), recopiés tels quels ; facultatif.',
      es: 'Las palabras del informe sobre la pregunta (leyes, autoridades, observaciones), copiadas tal cual; opcional.',
    },
  },
];

/** The header row, in order: the template files carry exactly these names. */
export const ATT_INITIAL_HEADER: readonly string[] = ATT_INITIAL_COLUMNS.map((c) => c.name);
export const INITIAL_TITLE_COLUMNS: readonly string[] = ATT_INITIAL_COLUMNS.filter((c) => c.scope === 'title').map((c) => c.name);
export const INITIAL_ROW_COLUMNS: readonly string[] = ATT_INITIAL_COLUMNS.filter((c) => c.scope === 'row').map((c) => c.name);
