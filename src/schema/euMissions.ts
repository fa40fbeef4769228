import { col, defineTable, type RowOf } from './columns.ts';

/**
 * Exports by EU Member States to international missions and organisations (UN, EU, NATO operations,
 * humanitarian agencies), which the EU annual reports list apart from the export tables, with the
 * items described in words and no values.
 */
export const euMissions = defineTable({
  name: 'eu_missions',
  description: {
    en: 'Exports by EU Member States to international missions and organisations, from the EU annual reports compiled by CAAT: one row per exporter, destination, mission and item description; the reports give no values.',
    fr: 'Exportations des États membres de l’UE vers des missions et organisations internationales, d’après les rapports annuels de l’UE compilés par CAAT : une ligne par exportateur, destination, mission et description des biens ; les rapports ne donnent pas de valeurs.',
    es: 'Exportaciones de los Estados miembros de la UE a misiones y organizaciones internacionales, según los informes anuales de la UE compilados por CAAT: una fila por exportador, destino, misión y descripción de los bienes; los informes no dan valores.',
  },
  sortBy: ['year', 'exporter_iso3', 'destination_iso3'],
  columns: {
    year: col.smallint({ unit: 'year', description: { en: 'Year of the EU annual report.', fr: 'Année du rapport annuel de l’UE.', es: 'Año del informe anual de la UE.' } }),
    exporter_iso3: col.text({
      kind: 'dimension',
      description: { en: 'Exporting Member State, ISO 3166-1 alpha-3.', fr: 'État membre exportateur, ISO 3166-1 alpha-3.', es: 'Estado miembro exportador, ISO 3166-1 alfa-3.' },
    }),
    exporter_name: col.text({
      kind: 'provenance',
      description: { en: 'Exporting Member State as written in the source.', fr: 'État membre exportateur tel qu’écrit dans la source.', es: 'Estado miembro exportador tal como figura en la fuente.' },
    }),
    destination_iso3: col.text({ kind: 'dimension', description: { en: 'Country of destination, ISO 3166-1 alpha-3.', fr: 'Pays de destination, ISO 3166-1 alpha-3.', es: 'País de destino, ISO 3166-1 alfa-3.' } }),
    destination_name: col.text({ kind: 'provenance', description: { en: 'Destination as written in the source.', fr: 'Destination telle qu’écrite dans la source.', es: 'Destino tal como figura en la fuente.' } }),
    mission: col.text({
      kind: 'text',
      description: {
        en: 'Mission or organisation as written (e.g. UNIFIL, ISAF, UNICEF).',
        fr: 'Mission ou organisation telle qu’écrite (p. ex. FINUL/UNIFIL, FIAS/ISAF, UNICEF).',
        es: 'Misión u organización tal como figura (p. ej. FPNUL/UNIFIL, ISAF, UNICEF).',
      },
    }),
    items: col.textOrNull({ kind: 'text', description: { en: 'Items as described in the source.', fr: 'Biens tels que décrits dans la source.', es: 'Bienes tal como se describen en la fuente.' } }),
    source_file: col.text({ kind: 'provenance', description: { en: 'File the row was read from.', fr: 'Fichier dont la ligne a été lue.', es: 'Archivo del que se leyó la fila.' } }),
    source_line: col.int({ kind: 'provenance', description: { en: 'Line in that file (1 = first line).', fr: 'Ligne dans ce fichier (1 = première ligne).', es: 'Línea en ese archivo (1 = primera línea).' } }),
  },
});

export type EuMissionRow = RowOf<typeof euMissions>;
