/**
 * Writes the blank ATT initial-report transcription templates, from the one format definition and the
 * question catalogue:
 *   att-initial-report-template.csv   the header row only
 *   att-initial-report-template.xlsx  sheet "Report" (the header row, drop-down lists on coded columns),
 *                                     sheet "Questions" (every question id, section, articles, topic,
 *                                     text in EN/FR/ES and the allowed answers), sheet "Columns" (each
 *                                     column of the format in EN/FR/ES)
 *
 *   node scripts/writeInitialTemplate.ts <outdir>
 *
 * No example answers: a template must never carry content that could be mistaken for a real report.
 * Importing this module runs nothing; only the CLI block at the end writes files.
 */
import { INITIAL_QUESTIONS } from '../src/reference/initialQuestions.ts';
import { INITIAL_ANSWERS } from '../src/schema/initialAnswers.ts';
import { ATT_INITIAL_COLUMNS, ATT_INITIAL_HEADER } from '../src/pipeline/attInitialFormat.ts';
import { addHelpSheet, addReportSheet, inLanguages, LANGUAGE_COLUMNS, newWorkbook, templateCli, writeFilesAtomically } from './templateWorkbook.ts';

export const INITIAL_TEMPLATE_CSV = 'att-initial-report-template.csv';
export const INITIAL_TEMPLATE_XLSX = 'att-initial-report-template.xlsx';
/** Rows of the Report sheet that carry the drop-down lists: more than one row per question. */
const VALIDATED_ROWS = 200;

export function initialTemplateCsv(): string {
  return `${ATT_INITIAL_HEADER.join(',')}\n`;
}

export async function initialTemplateXlsx(): Promise<Uint8Array> {
  const wb = newWorkbook();
  addReportSheet(
    wb,
    ATT_INITIAL_COLUMNS.map((c) => ({ name: c.name, list: c.allowed, width: c.name === 'text' ? 60 : undefined })),
    VALIDATED_ROWS,
  );
  const wide = LANGUAGE_COLUMNS.map((c) => ({ ...c, width: 70 }));
  addHelpSheet(
    wb,
    'Questions',
    [
      { header: 'question_id', width: 12 },
      { header: 'section', width: 8 },
      { header: 'articles', width: 14 },
      { header: 'topic', width: 14 },
      { header: 'allowed answers', width: 28 },
      ...wide,
      { header: 'wording / translation', width: 22 },
    ],
    INITIAL_QUESTIONS.map((q) => [q.id, q.section, q.articles.join(', '), q.topic, INITIAL_ANSWERS.join(', '), ...inLanguages(q.text), `${q.wording} / ${q.translation}`]),
  );
  addHelpSheet(
    wb,
    'Columns',
    [{ header: 'column', width: 18 }, { header: 'scope', width: 12 }, { header: 'required', width: 10 }, { header: 'allowed values', width: 28 }, ...LANGUAGE_COLUMNS],
    [
      ...ATT_INITIAL_COLUMNS.map((c) => [c.name, c.scope === 'title' ? 'title' : 'answer row', c.required ? 'yes' : 'no', c.allowed?.join(', ') ?? '', ...inLanguages(c.description)]),
      [],
      ...RULES.map((note) => ['general rule', '', '', '', ...inLanguages(note)]),
    ],
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** General rules, shown under the column list. */
const RULES = [
  {
    en: 'One file per report version. Title columns are filled on the first row; later rows leave them blank or repeat them unchanged.',
    fr: 'Un fichier par version de rapport. Les colonnes de titre sont remplies sur la première ligne ; les lignes suivantes les laissent vides ou les répètent à l’identique.',
    es: 'Un archivo por versión de informe. Las columnas de título se rellenan en la primera fila; las filas siguientes las dejan vacías o las repiten sin cambios.',
  },
  {
    en: 'Update of an initial report: a new file with version 2 (3, …) holding the answers of the update; the earlier file stays as it is.',
    fr: 'Mise à jour d’un rapport initial : un nouveau fichier avec version 2 (3, …) contenant les réponses de la mise à jour ; le fichier antérieur reste tel quel.',
    es: 'Actualización de un informe inicial: un archivo nuevo con version 2 (3, …) que contiene las respuestas de la actualización; el archivo anterior se conserva tal cual.',
  },
  {
    en: 'Question ids come from the Questions sheet. Copy the report’s words into text as written: no summary, no translation.',
    fr: 'Les identifiants de question proviennent de la feuille Questions. Recopier les termes du rapport dans text tels quels : ni résumé, ni traduction.',
    es: 'Los identificadores de pregunta provienen de la hoja Questions. Copiar las palabras del informe en text tal cual: sin resumen ni traducción.',
  },
];

/** Writes both templates into `dir` (each through a temporary file, then renamed). Returns their paths. */
export async function writeInitialTemplate(dir: string): Promise<string[]> {
  return writeFilesAtomically(dir, [
    [INITIAL_TEMPLATE_CSV, initialTemplateCsv()],
    [INITIAL_TEMPLATE_XLSX, await initialTemplateXlsx()],
  ]);
}

if (import.meta.main) await templateCli('writeInitialTemplate.ts', writeInitialTemplate);
