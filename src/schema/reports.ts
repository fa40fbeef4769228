import { col, defineTable, type RowOf } from './columns.ts';
import { INSTRUMENTS, REPORT_TYPES } from './codes.ts';

/** One row per report: one reporter, one instrument, one year (or one initial report), one version. */
export const reports = defineTable({
  name: 'reports',
  description: {
    en: 'One row per report: the reporting State, the instrument, the year covered, the version, and what is known of its submission (dates, public or not, nil report, information withheld).',
    fr: 'Une ligne par rapport : l’État déclarant, l’instrument, l’année couverte, la version et ce que l’on sait de sa soumission (dates, public ou non, rapport néant, informations retenues).',
    es: 'Una fila por informe: el Estado informante, el instrumento, el año cubierto, la versión y lo que se sabe de su presentación (fechas, público o no, informe nulo, información retenida).',
  },
  sortBy: ['year', 'reporter_iso3', 'instrument', 'version'],
  columns: {
    report_id: col.text({
      kind: 'id',
      description: { en: 'Identifier: source, reporter, year and version.', fr: 'Identifiant : source, déclarant, année et version.', es: 'Identificador: fuente, informante, año y versión.' },
    }),
    source_id: col.text({ kind: 'dimension', description: { en: 'Source the report was read from.', fr: 'Source dont le rapport a été lu.', es: 'Fuente de la que se leyó el informe.' } }),
    instrument: col.code(INSTRUMENTS, {
      description: {
        en: 'Reporting instrument: EU_COARM (EU annual report), UK_SIEL (UK licence data), UNROCA (UN Register), ATT_ANNUAL, ATT_INITIAL, CH_SECO (Swiss war-material statistics).',
        fr: 'Instrument : EU_COARM (rapport annuel de l’UE), UK_SIEL (licences britanniques), UNROCA (Registre de l’ONU), ATT_ANNUAL, ATT_INITIAL, CH_SECO (statistiques suisses du matériel de guerre).',
        es: 'Instrumento: EU_COARM (informe anual de la UE), UK_SIEL (licencias británicas), UNROCA (Registro de la ONU), ATT_ANNUAL, ATT_INITIAL, CH_SECO (estadísticas suizas de material de guerra).',
      },
    }),
    report_type: col.code(REPORT_TYPES, {
      description: {
        en: 'annual (transfers of a year), initial (national control system) or participation (only the fact that a report exists).',
        fr: 'annual (transferts d’une année), initial (système national de contrôle) ou participation (seul le fait qu’un rapport existe).',
        es: 'annual (transferencias de un año), initial (sistema nacional de control) o participation (solo consta que existe un informe).',
      },
    }),
    reporter_iso3: col.textOrNull({ kind: 'dimension', description: { en: 'Reporting State, ISO 3166-1 alpha-3.', fr: 'État déclarant, ISO 3166-1 alpha-3.', es: 'Estado informante, ISO 3166-1 alfa-3.' } }),
    reporter_name: col.text({
      kind: 'provenance',
      description: { en: 'Reporting State as written in the source.', fr: 'État déclarant tel qu’écrit dans la source.', es: 'Estado informante tal como figura en la fuente.' },
    }),
    year: col.smallintOrNull({
      unit: 'year',
      description: { en: 'Calendar year covered (empty for initial reports).', fr: 'Année civile couverte (vide pour les rapports initiaux).', es: 'Año civil cubierto (vacío para los informes iniciales).' },
    }),
    version: col.smallint({
      kind: 'dimension',
      description: {
        en: 'Version: 1 for the original, 2 and up for amendments or updates.',
        fr: 'Version : 1 pour l’original, 2 et plus pour les modifications ou mises à jour.',
        es: 'Versión: 1 para el original, 2 o más para modificaciones o actualizaciones.',
      },
    }),
    submitted_date: col.dateOrNull({ description: { en: 'Date submitted, where known.', fr: 'Date de soumission, si connue.', es: 'Fecha de presentación, si se conoce.' } }),
    is_public: col.boolOrNull({ description: { en: 'Whether the report is public; empty where unknown.', fr: 'Le rapport est-il public ; vide si inconnu.', es: 'Si el informe es público; vacío si se desconoce.' } }),
    is_nil: col.boolOrNull({
      description: {
        en: 'Nil report: the State declares no transfers in the year.',
        fr: 'Rapport néant : l’État déclare n’avoir effectué aucun transfert dans l’année.',
        es: 'Informe nulo: el Estado declara no haber realizado transferencias en el año.',
      },
    }),
    sensitive_withheld: col.boolOrNull({
      description: {
        en: 'Commercially sensitive or national-security information withheld (ATT Art. 13(3)).',
        fr: 'Informations commercialement sensibles ou relevant de la sécurité nationale retenues (art. 13(3) du TCA).',
        es: 'Información comercialmente sensible o de seguridad nacional retenida (art. 13(3) del TCA).',
      },
    }),
    facts: col.int({
      unit: 'count',
      description: { en: 'Number of rows of transfers that belong to this report.', fr: 'Nombre de lignes de transfers appartenant à ce rapport.', es: 'Número de filas de transfers que pertenecen a este informe.' },
    }),
    source_file: col.text({ kind: 'provenance', description: { en: 'File the report was read from.', fr: 'Fichier dont le rapport a été lu.', es: 'Archivo del que se leyó el informe.' } }),
  },
});

export type ReportRow = RowOf<typeof reports>;
