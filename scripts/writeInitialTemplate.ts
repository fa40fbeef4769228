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
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { INITIAL_QUESTIONS } from '../src/reference/initialQuestions.ts';
import { INITIAL_ANSWERS } from '../src/schema/initialAnswers.ts';
import { ATT_INITIAL_COLUMNS, ATT_INITIAL_HEADER } from '../src/pipeline/attInitialFormat.ts';

export const INITIAL_TEMPLATE_CSV = 'att-initial-report-template.csv';
export const INITIAL_TEMPLATE_XLSX = 'att-initial-report-template.xlsx';
/** Rows of the Report sheet that carry the drop-down lists: more than one row per question. */
const VALIDATED_ROWS = 200;

export function initialTemplateCsv(): string {
  return `${ATT_INITIAL_HEADER.join(',')}\n`;
}

export async function initialTemplateXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ATT transparency portal';
  // A fixed date, so that the workbook's metadata does not change with every build.
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));

  // The Report sheet must stay first: the adapter reads the first worksheet.
  const report = wb.addWorksheet('Report', { views: [{ state: 'frozen', ySplit: 1 }] });
  report.addRow([...ATT_INITIAL_HEADER]).font = { bold: true };
  ATT_INITIAL_COLUMNS.forEach((c, i) => {
    report.getColumn(i + 1).width = c.name === 'text' ? 60 : Math.max(14, c.name.length + 4);
    if (!c.allowed) return;
    for (let r = 2; r <= VALIDATED_ROWS + 1; r++)
      report.getCell(r, i + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.allowed.join(',')}"`],
        showErrorMessage: true,
        error: `${c.name}: ${c.allowed.join(', ')}`,
      };
  });

  const questions = wb.addWorksheet('Questions', { views: [{ state: 'frozen', ySplit: 1 }] });
  questions.columns = [
    { header: 'question_id', width: 12 },
    { header: 'section', width: 8 },
    { header: 'articles', width: 14 },
    { header: 'topic', width: 14 },
    { header: 'allowed answers', width: 28 },
    { header: 'English', width: 70 },
    { header: 'Français', width: 70 },
    { header: 'Español', width: 70 },
    { header: 'wording / translation', width: 22 },
  ];
  questions.getRow(1).font = { bold: true };
  for (const q of INITIAL_QUESTIONS) {
    const row = questions.addRow([q.id, q.section, q.articles.join(', '), q.topic, INITIAL_ANSWERS.join(', '), q.text.en, q.text.fr, q.text.es, `${q.wording} / ${q.translation}`]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }

  const help = wb.addWorksheet('Columns');
  help.columns = [
    { header: 'column', width: 18 },
    { header: 'scope', width: 12 },
    { header: 'required', width: 10 },
    { header: 'allowed values', width: 28 },
    { header: 'English', width: 60 },
    { header: 'Français', width: 60 },
    { header: 'Español', width: 60 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of ATT_INITIAL_COLUMNS) {
    const row = help.addRow([c.name, c.scope === 'title' ? 'title' : 'answer row', c.required ? 'yes' : 'no', c.allowed?.join(', ') ?? '', c.description.en, c.description.fr, c.description.es]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  help.addRow([]);
  for (const note of RULES) help.addRow(['general rule', '', '', '', note.en, note.fr, note.es]).alignment = { wrapText: true, vertical: 'top' };

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
  await mkdir(dir, { recursive: true });
  const out: [string, string | Uint8Array][] = [
    [INITIAL_TEMPLATE_CSV, initialTemplateCsv()],
    [INITIAL_TEMPLATE_XLSX, await initialTemplateXlsx()],
  ];
  const paths: string[] = [];
  for (const [name, content] of out) {
    const path = join(dir, name);
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
    paths.push(path);
  }
  return paths;
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('usage: node scripts/writeInitialTemplate.ts <outdir>\n');
    process.exit(2);
  }
  for (const p of await writeInitialTemplate(resolve(dir))) process.stderr.write(`wrote ${p}\n`);
}
