/**
 * Writes the blank ATT annual-report transcription templates, from the one format definition:
 *   att-annual-report-template.csv   the header row only
 *   att-annual-report-template.xlsx  sheet "Report" (the header row, with drop-down lists on coded
 *                                    columns) and sheet "Instructions" (each column in EN/FR/ES)
 *
 *   node scripts/writeTemplates.ts <outdir>
 *
 * No example rows: a template must never carry figures that could be mistaken for a real report.
 */
import { ATT_ANNUAL_COLUMNS, ATT_ANNUAL_HEADER } from '../src/pipeline/attAnnualFormat.ts';
import { addHelpSheet, addReportSheet, inLanguages, LANGUAGE_COLUMNS, newWorkbook, templateCli, writeFilesAtomically } from './templateWorkbook.ts';

export const TEMPLATE_CSV = 'att-annual-report-template.csv';
export const TEMPLATE_XLSX = 'att-annual-report-template.xlsx';
/** Rows of the Report sheet that carry the drop-down lists. */
const VALIDATED_ROWS = 500;

export function templateCsv(): string {
  return `${ATT_ANNUAL_HEADER.join(',')}\n`;
}

export async function templateXlsx(): Promise<Uint8Array> {
  const wb = newWorkbook();
  addReportSheet(
    wb,
    ATT_ANNUAL_COLUMNS.map((c) => ({
      name: c.name,
      // Yes/no flags accept more spellings when read, but the list offers the two canonical ones.
      list: c.name === 'public_report' || c.name === 'sensitive_withheld' ? ['yes', 'no'] : c.allowed,
    })),
    VALIDATED_ROWS,
  );
  addHelpSheet(
    wb,
    'Instructions',
    [{ header: 'column', width: 22 }, { header: 'scope', width: 8 }, { header: 'required', width: 10 }, { header: 'allowed values', width: 24 }, { header: 'template item', width: 40 }, ...LANGUAGE_COLUMNS],
    [
      ...ATT_ANNUAL_COLUMNS.map((c) => [c.name, c.scope === 'title' ? 'title page' : 'table row', c.required ? 'yes' : 'no', c.allowed?.join(', ') ?? '', c.templateItem, ...inLanguages(c.description)]),
      [],
      ...INSTRUCTIONS.map((note) => ['general rule', '', '', '', '', ...inLanguages(note)]),
    ],
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** General rules, shown under the column list. */
const INSTRUCTIONS = [
  {
    en: 'One file per report. Title-page columns are filled on the first row; later rows leave them blank or repeat them unchanged.',
    fr: 'Un fichier par rapport. Les colonnes de la page de titre sont remplies sur la première ligne ; les lignes suivantes les laissent vides ou les répètent à l’identique.',
    es: 'Un archivo por informe. Las columnas de la portada se rellenan en la primera fila; las filas siguientes las dejan vacías o las repiten sin cambios.',
  },
  {
    en: 'Nil report: a single row with the title page and nil_report = yes.',
    fr: 'Rapport néant : une seule ligne avec la page de titre et nil_report = yes.',
    es: 'Informe nulo: una sola fila con la portada y nil_report = yes.',
  },
  {
    en: 'Amended report: a new file with version 2 (3, …); the earlier file stays as it is.',
    fr: 'Rapport modifié : un nouveau fichier avec version 2 (3, …) ; le fichier antérieur reste tel quel.',
    es: 'Informe modificado: un archivo nuevo con version 2 (3, …); el archivo anterior se conserva tal cual.',
  },
  {
    en: 'Copy figures as printed in the report: no conversion, no totals. The Report sheet must stay the first sheet.',
    fr: 'Recopier les chiffres tels qu’imprimés dans le rapport : ni conversion, ni totaux. La feuille Report doit rester la première.',
    es: 'Copiar las cifras tal como figuran en el informe: sin conversión ni totales. La hoja Report debe seguir siendo la primera.',
  },
];

/** Writes both templates into `dir` (each through a temporary file, then renamed). Returns their paths. */
export async function writeTemplates(dir: string): Promise<string[]> {
  return writeFilesAtomically(dir, [
    [TEMPLATE_CSV, templateCsv()],
    [TEMPLATE_XLSX, await templateXlsx()],
  ]);
}

if (import.meta.main) await templateCli('writeTemplates.ts', writeTemplates);
