import { col, defineTable, type RowOf } from './columns.ts';

/** Every raw row that was not loaded, with the reason: nothing read is ever silently dropped. */
export const rejects = defineTable({
  name: 'rejects',
  description: {
    en: 'Every source row that was not loaded, with the file, the line and a reason a person can act on. Rows read = rows loaded + rows rejected, per source.',
    fr: 'Chaque ligne source non chargée, avec le fichier, la ligne et un motif compréhensible. Lignes lues = lignes chargées + lignes rejetées, par source.',
    es: 'Cada fila de origen no cargada, con el archivo, la línea y un motivo comprensible. Filas leídas = filas cargadas + filas rechazadas, por fuente.',
  },
  sortBy: ['source_id', 'source_file', 'source_line'],
  columns: {
    source_id: col.text({ kind: 'dimension', description: { en: 'Source.', fr: 'Source.', es: 'Fuente.' } }),
    source_file: col.text({ kind: 'provenance', description: { en: 'File.', fr: 'Fichier.', es: 'Archivo.' } }),
    source_line: col.int({ kind: 'provenance', description: { en: 'Line (1 = first line of the file).', fr: 'Ligne (1 = première ligne du fichier).', es: 'Línea (1 = primera línea del archivo).' } }),
    reason_code: col.text({
      kind: 'dimension',
      description: {
        en: 'Short machine-readable reason (e.g. unknown_country, bad_number).',
        fr: 'Motif court lisible par machine (p. ex. unknown_country, bad_number).',
        es: 'Motivo breve legible por máquina (p. ej. unknown_country, bad_number).',
      },
    }),
    reason: col.text({ kind: 'text', description: { en: 'Reason in plain English.', fr: 'Motif en anglais.', es: 'Motivo en inglés.' } }),
    raw: col.text({ kind: 'text', description: { en: 'The raw text of the row.', fr: 'Le texte brut de la ligne.', es: 'El texto bruto de la fila.' } }),
  },
});

export type RejectRow = RowOf<typeof rejects>;
