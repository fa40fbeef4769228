import { col, defineTable, type RowOf } from './columns.ts';
import { RECONCILE_STATUSES, TOTAL_MEASURES } from './codes.ts';

/**
 * Reported totals kept apart from the facts they summarise, each with the sum of its lines.
 * EU COARM tables carry a "Total" row per exporter and destination and a "total per ML category"
 * row per destination: both are published figures, not transfers, so they never enter `transfers`.
 */
export const reconciliation = defineTable({
  name: 'reconciliation',
  description: {
    en: 'Totals as printed in the reports, compared with the sum of the lines they summarise. A total is never counted as a transfer.',
    fr: 'Totaux tels qu’imprimés dans les rapports, comparés à la somme des lignes qu’ils résument. Un total n’est jamais compté comme un transfert.',
    es: 'Totales tal como figuran en los informes, comparados con la suma de las líneas que resumen. Un total nunca se cuenta como transferencia.',
  },
  sortBy: ['year', 'reporter_iso3', 'partner_iso3', 'category_code', 'measure'],
  columns: {
    source_id: col.text({ kind: 'dimension', description: { en: 'Source.', fr: 'Source.', es: 'Fuente.' } }),
    report_id: col.textOrNull({
      kind: 'id',
      description: {
        en: 'Report of the reporter and year (empty for totals over all reporters).',
        fr: 'Rapport du déclarant et de l’année (vide pour les totaux sur tous les déclarants).',
        es: 'Informe del informante y año (vacío para totales de todos los informantes).',
      },
    }),
    year: col.smallint({ unit: 'year', description: { en: 'Year.', fr: 'Année.', es: 'Año.' } }),
    reporter_iso3: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'Reporter; empty for a total over all reporters (EU total per ML category).',
        fr: 'Déclarant ; vide pour un total sur tous les déclarants (total UE par catégorie ML).',
        es: 'Informante; vacío para un total de todos los informantes (total UE por categoría ML).',
      },
    }),
    reporter_name: col.text({ kind: 'provenance', description: { en: 'Reporter as written in the source.', fr: 'Déclarant tel qu’écrit dans la source.', es: 'Informante tal como figura en la fuente.' } }),
    partner_iso3: col.textOrNull({ kind: 'dimension', description: { en: 'Destination.', fr: 'Destination.', es: 'Destino.' } }),
    partner_name: col.textOrNull({ kind: 'provenance', description: { en: 'Destination as written in the source.', fr: 'Destination telle qu’écrite dans la source.', es: 'Destino tal como figura en la fuente.' } }),
    category_code: col.text({
      kind: 'dimension',
      description: { en: 'Category the total covers: Total (all categories) or one ML code.', fr: 'Catégorie couverte : Total (toutes) ou un code ML.', es: 'Categoría cubierta: Total (todas) o un código ML.' },
    }),
    measure: col.code(TOTAL_MEASURES, {
      description: { en: 'licences (number), licence_value or export_value.', fr: 'licences (nombre), licence_value ou export_value.', es: 'licences (número), licence_value o export_value.' },
    }),
    currency: col.textOrNull({ kind: 'dimension', description: { en: 'Currency of values (empty for counts).', fr: 'Devise des valeurs (vide pour les nombres).', es: 'Moneda de los valores (vacía para recuentos).' } }),
    reported_total: col.double({ unit: 'currency', description: { en: 'Total as printed.', fr: 'Total tel qu’imprimé.', es: 'Total tal como figura.' } }),
    lines_sum: col.doubleOrNull({
      unit: 'currency',
      description: {
        en: 'Sum of the loaded lines it summarises; empty where there are none.',
        fr: 'Somme des lignes chargées qu’il résume ; vide s’il n’y en a pas.',
        es: 'Suma de las líneas cargadas que resume; vacía si no hay.',
      },
    }),
    lines_count: col.int({ unit: 'count', description: { en: 'Number of lines summed.', fr: 'Nombre de lignes additionnées.', es: 'Número de líneas sumadas.' } }),
    difference: col.doubleOrNull({ unit: 'currency', description: { en: 'reported_total − lines_sum.', fr: 'reported_total − lines_sum.', es: 'reported_total − lines_sum.' } }),
    status: col.code(RECONCILE_STATUSES, {
      description: {
        en: 'match (within rounding), mismatch, or no_lines (only the total was published).',
        fr: 'match (à l’arrondi près), mismatch, ou no_lines (seul le total a été publié).',
        es: 'match (salvo redondeo), mismatch o no_lines (solo se publicó el total).',
      },
    }),
    source_file: col.text({ kind: 'provenance', description: { en: 'File.', fr: 'Fichier.', es: 'Archivo.' } }),
    source_line: col.int({ kind: 'provenance', description: { en: 'Line of the total row.', fr: 'Ligne de la ligne de total.', es: 'Línea de la fila de total.' } }),
  },
});

export type ReconciliationRow = RowOf<typeof reconciliation>;
