/**
 * The ATT annual-report transcription format: one flat table (the same headers in CSV and in the first
 * sheet of an XLSX) that mirrors the ATT annual reporting template — its title page and its Exports
 * and Imports tables. This list is the single definition of the columns: the adapter checks headers
 * against it, the template writer writes it, and docs/att-annual-format.md describes it column by column.
 *
 * No Node imports here, so that the site may show the format too.
 */
import type { Translated } from '../schema/columns.ts';

/** Title-page columns describe the whole report (filled on the first data row); row columns, one transfer. */
export type FormatScope = 'title' | 'row';

export interface FormatColumn {
  name: string;
  scope: FormatScope;
  /** Whether a value is required: title columns on the first data row, row columns on every table row. */
  required: boolean;
  /** The item of the official template this column transcribes. */
  templateItem: string;
  /** Allowed values, where the column is coded (case-insensitive). */
  allowed?: readonly string[];
  description: Translated;
}

export const TABLE_VALUES = ['export', 'import'] as const;
export const BASIS_VALUES = ['authorized', 'actual'] as const;
/** yes = nil report for both tables; export / import = only that table is nil; no = not a nil report. */
export const NIL_REPORT_VALUES = ['yes', 'no', 'export', 'import'] as const;
/** Accepted spellings of yes/no (the three working languages), as parsed by parseYesNo. */
export const YES_NO_VALUES = ['yes', 'no', 'oui', 'non', 'sí', 'si', 'true', 'false', '1', '0'] as const;

export type NilReport = (typeof NIL_REPORT_VALUES)[number];

export const ATT_ANNUAL_COLUMNS: readonly FormatColumn[] = [
  {
    name: 'reporting_state',
    scope: 'title',
    required: true,
    templateItem: 'Title page: reporting State',
    description: {
      en: 'The reporting State Party, by name as on the title page (not a code: the pipeline resolves names).',
      fr: 'L’État partie déclarant, par son nom tel qu’il figure sur la page de titre (pas un code : le pipeline résout les noms).',
      es: 'El Estado parte informante, por su nombre tal como figura en la portada (no un código: el proceso resuelve los nombres).',
    },
  },
  {
    name: 'calendar_year',
    scope: 'title',
    required: true,
    templateItem: 'Title page: calendar year covered by the report',
    description: {
      en: 'Calendar year the report covers (1 January to 31 December), four digits.',
      fr: 'Année civile couverte par le rapport (du 1er janvier au 31 décembre), en quatre chiffres.',
      es: 'Año civil que cubre el informe (del 1 de enero al 31 de diciembre), en cuatro cifras.',
    },
  },
  {
    name: 'version',
    scope: 'title',
    required: true,
    templateItem: 'Original report or amendment',
    description: {
      en: '1 for the report as first submitted; 2, 3 … for each amended report. Each version is its own file.',
      fr: '1 pour le rapport tel que soumis la première fois ; 2, 3… pour chaque rapport modifié. Chaque version est un fichier distinct.',
      es: '1 para el informe tal como se presentó por primera vez; 2, 3… para cada informe modificado. Cada versión es un archivo distinto.',
    },
  },
  {
    name: 'submitted_date',
    scope: 'title',
    required: false,
    templateItem: 'Date of submission',
    description: {
      en: 'Date the report was submitted, as YYYY-MM-DD; empty if not known.',
      fr: 'Date de soumission du rapport, au format AAAA-MM-JJ ; vide si elle n’est pas connue.',
      es: 'Fecha de presentación del informe, en formato AAAA-MM-DD; vacía si no se conoce.',
    },
  },
  {
    name: 'nil_report',
    scope: 'title',
    required: false,
    templateItem: 'Nil report (exports and/or imports)',
    allowed: NIL_REPORT_VALUES,
    description: {
      en: 'yes: nil report, no exports and no imports (one row, no table rows); export or import: only that table is nil; no: not a nil report.',
      fr: 'yes : rapport néant, ni exportations ni importations (une ligne, sans lignes de tableau) ; export ou import : seul ce tableau est néant ; no : pas un rapport néant.',
      es: 'yes: informe nulo, sin exportaciones ni importaciones (una fila, sin filas de tabla); export o import: solo esa tabla es nula; no: no es un informe nulo.',
    },
  },
  {
    name: 'public_report',
    scope: 'title',
    required: false,
    templateItem: 'Whether the report may be made public',
    allowed: YES_NO_VALUES,
    description: {
      en: 'yes if the State agreed to the report being made public; no if not; empty if the report does not say.',
      fr: 'yes si l’État a accepté que le rapport soit rendu public ; no sinon ; vide si le rapport ne le dit pas.',
      es: 'yes si el Estado aceptó que el informe se hiciera público; no en caso contrario; vacío si el informe no lo indica.',
    },
  },
  {
    name: 'sensitive_withheld',
    scope: 'title',
    required: false,
    templateItem: 'Commercially sensitive and/or national security-related information withheld (Art. 13(3))',
    allowed: YES_NO_VALUES,
    description: {
      en: 'yes if the State indicated that commercially sensitive and/or national security-related information was withheld under Art. 13(3); no if it indicated none was; empty if not stated.',
      fr: 'yes si l’État a indiqué avoir retenu des informations commercialement sensibles ou relevant de la sécurité nationale (art. 13(3)) ; no s’il a indiqué n’en avoir retenu aucune ; vide si ce n’est pas indiqué.',
      es: 'yes si el Estado indicó haber retenido información comercialmente sensible o de seguridad nacional (art. 13(3)); no si indicó no haber retenido ninguna; vacío si no se indica.',
    },
  },
  {
    name: 'table',
    scope: 'row',
    required: true,
    templateItem: 'Exports table or Imports table',
    allowed: TABLE_VALUES,
    description: {
      en: 'The table of the report the row transcribes: export (Exports) or import (Imports).',
      fr: 'Le tableau du rapport que la ligne transcrit : export (Exportations) ou import (Importations).',
      es: 'La tabla del informe que transcribe la fila: export (Exportaciones) o import (Importaciones).',
    },
  },
  {
    name: 'basis',
    scope: 'row',
    required: true,
    templateItem: 'Authorized or actual',
    allowed: BASIS_VALUES,
    description: {
      en: 'Whether the figures are authorized or actual transfers, as the report states (authorised is accepted too).',
      fr: 'Si les chiffres portent sur des transferts autorisés (authorized) ou effectifs (actual), comme l’indique le rapport.',
      es: 'Si las cifras se refieren a transferencias autorizadas (authorized) o efectivas (actual), según indique el informe.',
    },
  },
  {
    name: 'category',
    scope: 'row',
    required: true,
    templateItem: 'Category (I–VIII, with the small arms and light weapons sub-categories)',
    description: {
      en: 'ATT category: a Roman numeral I to VIII, or a sub-category code of the reference list such as VIII.a (small arms), VIII.a.1, VIII.b (light weapons), VIII.b.1.',
      fr: 'Catégorie ATT : un chiffre romain de I à VIII, ou un code de sous-catégorie de la liste de référence, p. ex. VIII.a (armes légères), VIII.a.1, VIII.b (armes de petit calibre), VIII.b.1.',
      es: 'Categoría del TCA: un número romano de I a VIII, o un código de subcategoría de la lista de referencia, p. ej. VIII.a (armas pequeñas), VIII.a.1, VIII.b (armas ligeras), VIII.b.1.',
    },
  },
  {
    name: 'number_of_items',
    scope: 'row',
    required: false,
    templateItem: 'Number of items',
    description: {
      en: 'Number of items, a whole number; empty if the report gives none.',
      fr: 'Nombre d’articles, un nombre entier ; vide si le rapport n’en donne pas.',
      es: 'Número de artículos, un número entero; vacío si el informe no lo indica.',
    },
  },
  {
    name: 'value',
    scope: 'row',
    required: false,
    templateItem: 'Value',
    description: {
      en: 'Value as reported, in the currency of the currency column: digits with an optional decimal point; thousands may be grouped by spaces in groups of three. Empty if none.',
      fr: 'Valeur déclarée, dans la devise de la colonne currency : des chiffres, avec un point décimal facultatif ; les milliers peuvent être séparés par des espaces par groupes de trois. Vide s’il n’y en a pas.',
      es: 'Valor declarado, en la moneda de la columna currency: cifras con un punto decimal opcional; los millares pueden separarse con espacios en grupos de tres. Vacío si no hay.',
    },
  },
  {
    name: 'currency',
    scope: 'row',
    required: false,
    templateItem: 'Currency of the value',
    description: {
      en: 'ISO 4217 code of the value (e.g. USD, EUR, GBP); required whenever value is given.',
      fr: 'Code ISO 4217 de la valeur (p. ex. USD, EUR, GBP) ; obligatoire dès qu’une valeur est donnée.',
      es: 'Código ISO 4217 del valor (p. ej. USD, EUR, GBP); obligatorio siempre que se indique un valor.',
    },
  },
  {
    name: 'partner_state',
    scope: 'row',
    required: true,
    templateItem: 'Final importing State (exports) / Exporting State (imports)',
    description: {
      en: 'Export rows: the final importing State; import rows: the exporting State. By name, as written in the report.',
      fr: 'Lignes d’exportation : l’État importateur final ; lignes d’importation : l’État exportateur. Par son nom, tel qu’écrit dans le rapport.',
      es: 'Filas de exportación: el Estado importador final; filas de importación: el Estado exportador. Por su nombre, tal como figura en el informe.',
    },
  },
  {
    name: 'state_of_origin',
    scope: 'row',
    required: false,
    templateItem: 'State of origin (if not the exporter)',
    description: {
      en: 'State of origin, if not the exporter; empty otherwise.',
      fr: 'État d’origine, s’il ne s’agit pas de l’exportateur ; vide sinon.',
      es: 'Estado de origen, si no es el exportador; vacío en caso contrario.',
    },
  },
  {
    name: 'intermediate_location',
    scope: 'row',
    required: false,
    templateItem: 'Intermediate location(s) (if any)',
    description: {
      en: 'Intermediate location(s), if any, as written.',
      fr: 'Lieu(x) intermédiaire(s), le cas échéant, tels qu’écrits.',
      es: 'Lugar(es) intermedio(s), si los hay, tal como figuran.',
    },
  },
  {
    name: 'description',
    scope: 'row',
    required: false,
    templateItem: 'Description of item',
    description: {
      en: 'Description of the item, as written in the report.',
      fr: 'Description de l’article, telle qu’écrite dans le rapport.',
      es: 'Descripción del artículo, tal como figura en el informe.',
    },
  },
  {
    name: 'comments',
    scope: 'row',
    required: false,
    templateItem: 'Comments on the transfer',
    description: {
      en: 'Comments on the transfer, as written in the report.',
      fr: 'Observations sur le transfert, telles qu’écrites dans le rapport.',
      es: 'Observaciones sobre la transferencia, tal como figuran en el informe.',
    },
  },
];

/** The header row, in order: the template files carry exactly these names. */
export const ATT_ANNUAL_HEADER: readonly string[] = ATT_ANNUAL_COLUMNS.map((c) => c.name);

export const TITLE_COLUMNS: readonly string[] = ATT_ANNUAL_COLUMNS.filter((c) => c.scope === 'title').map((c) => c.name);
export const ROW_COLUMNS: readonly string[] = ATT_ANNUAL_COLUMNS.filter((c) => c.scope === 'row').map((c) => c.name);
