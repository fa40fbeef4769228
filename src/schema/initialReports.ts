import { col, defineTable, type RowOf } from './columns.ts';

/**
 * ATT initial reports (Art. 13(1)), one row per report VERSION. A State that reports new measures
 * sends an update: it becomes a new version that points to the one it supersedes, and both stay in
 * the table, so that the history of a State's declared control system is never overwritten.
 */
export const initialReports = defineTable({
  name: 'initial_reports',
  description: {
    en: 'ATT initial reports on measures taken to implement the Treaty (Art. 13(1)): one row per version of a State’s report. Updates are new versions that point to the version they supersede; earlier versions are kept.',
    fr: 'Rapports initiaux du TCA sur les mesures prises pour mettre en œuvre le Traité (art. 13(1)) : une ligne par version du rapport d’un État. Les mises à jour sont de nouvelles versions qui renvoient à la version qu’elles remplacent ; les versions antérieures sont conservées.',
    es: 'Informes iniciales del TCA sobre las medidas adoptadas para aplicar el Tratado (art. 13(1)): una fila por versión del informe de un Estado. Las actualizaciones son versiones nuevas que remiten a la versión que sustituyen; las versiones anteriores se conservan.',
  },
  sortBy: ['reporter_iso3', 'version'],
  columns: {
    /** Same form as report_id in the reports table: source, reporter, 'initial', version. */
    report_id: col.text({
      kind: 'id',
      description: {
        en: 'Identifier: source, reporting State, “initial” and version (e.g. att-initial:NOR:initial:v2).',
        fr: 'Identifiant : source, État déclarant, « initial » et version (p. ex. att-initial:NOR:initial:v2).',
        es: 'Identificador: fuente, Estado informante, «initial» y versión (p. ej. att-initial:NOR:initial:v2).',
      },
    }),
    reporter_iso3: col.text({ kind: 'dimension', description: { en: 'Reporting State, ISO 3166-1 alpha-3.', fr: 'État déclarant, ISO 3166-1 alpha-3.', es: 'Estado informante, ISO 3166-1 alfa-3.' } }),
    reporter_name: col.text({
      kind: 'provenance',
      description: { en: 'Reporting State as written in the transcription.', fr: 'État déclarant tel qu’écrit dans la transcription.', es: 'Estado informante tal como figura en la transcripción.' },
    }),
    version: col.smallint({
      kind: 'dimension',
      description: {
        en: 'Version: 1 for the initial report as first submitted, 2 and up for each update.',
        fr: 'Version : 1 pour le rapport initial tel que soumis la première fois, 2 et plus pour chaque mise à jour.',
        es: 'Versión: 1 para el informe inicial tal como se presentó por primera vez, 2 o más para cada actualización.',
      },
    }),
    report_date: col.dateOrNull({
      description: { en: 'Date of the report (or of its submission), where known.', fr: 'Date du rapport (ou de sa soumission), si connue.', es: 'Fecha del informe (o de su presentación), si se conoce.' },
    }),
    is_public: col.boolOrNull({
      description: {
        en: 'Whether the State agreed to the report being public; empty where the report does not say.',
        fr: 'L’État a-t-il accepté que le rapport soit public ; vide si le rapport ne le dit pas.',
        es: 'Si el Estado aceptó que el informe sea público; vacío si el informe no lo indica.',
      },
    }),
    is_update: col.bool({
      description: {
        en: 'True for an update (version 2 and up) of an earlier initial report.',
        fr: 'Vrai pour une mise à jour (version 2 et plus) d’un rapport initial antérieur.',
        es: 'Verdadero para una actualización (versión 2 o más) de un informe inicial anterior.',
      },
    }),
    supersedes_report_id: col.textOrNull({
      kind: 'provenance',
      description: {
        en: 'report_id of the version this one supersedes: the highest lower version of the same State in the data; empty for version 1, or when no earlier version was transcribed.',
        fr: 'report_id de la version que celle-ci remplace : la plus haute version inférieure du même État présente dans les données ; vide pour la version 1 ou si aucune version antérieure n’a été transcrite.',
        es: 'report_id de la versión que esta sustituye: la versión inferior más alta del mismo Estado presente en los datos; vacío para la versión 1 o si no se transcribió ninguna versión anterior.',
      },
    }),
    answers: col.int({
      unit: 'count',
      description: {
        en: 'Number of rows of initial_answers that belong to this version.',
        fr: 'Nombre de lignes de initial_answers appartenant à cette version.',
        es: 'Número de filas de initial_answers que pertenecen a esta versión.',
      },
    }),
    source_file: col.text({
      kind: 'provenance',
      description: { en: 'Transcription file the report was read from.', fr: 'Fichier de transcription dont le rapport a été lu.', es: 'Archivo de transcripción del que se leyó el informe.' },
    }),
  },
});

export type InitialReportRow = RowOf<typeof initialReports>;
