import { col, defineTable, type RowOf } from './columns.ts';

/** A row counts either a Member State's consultations or those concerning a destination. */
export const CONSULTATION_SUBJECTS = ['member_state', 'destination'] as const;

/**
 * Denial consultations under the EU Common Position (Art. 4): before granting a licence that another
 * Member State denied for an essentially identical transaction, a Member State consults it. The EU
 * annual reports count them per Member State (initiated, received) and per destination concerned.
 */
export const euConsultations = defineTable({
  name: 'eu_consultations',
  description: {
    en: 'Denial consultations between EU Member States, from the EU annual reports compiled by CAAT: per year, either a Member State’s consultations initiated and received, or the consultations concerning a destination.',
    fr: 'Consultations sur les refus entre États membres de l’UE, d’après les rapports annuels de l’UE compilés par CAAT : par année, soit les consultations engagées et reçues par un État membre, soit les consultations concernant une destination.',
    es: 'Consultas sobre denegaciones entre Estados miembros de la UE, según los informes anuales de la UE compilados por CAAT: por año, o bien las consultas iniciadas y recibidas por un Estado miembro, o bien las consultas relativas a un destino.',
  },
  sortBy: ['year', 'subject', 'state_iso3'],
  columns: {
    year: col.smallint({ unit: 'year', description: { en: 'Year of the EU annual report.', fr: 'Année du rapport annuel de l’UE.', es: 'Año del informe anual de la UE.' } }),
    subject: col.code(CONSULTATION_SUBJECTS, {
      description: {
        en: 'member_state: the row counts this Member State’s consultations; destination: it counts consultations concerning this destination.',
        fr: 'member_state : la ligne compte les consultations de cet État membre ; destination : celles concernant cette destination.',
        es: 'member_state: la fila cuenta las consultas de este Estado miembro; destination: las relativas a este destino.',
      },
    }),
    state_iso3: col.text({
      kind: 'dimension',
      description: { en: 'Member State or destination, ISO 3166-1 alpha-3.', fr: 'État membre ou destination, ISO 3166-1 alpha-3.', es: 'Estado miembro o destino, ISO 3166-1 alfa-3.' },
    }),
    state_name: col.text({
      kind: 'provenance',
      description: { en: 'Member State or destination as written in the source.', fr: 'État membre ou destination tel qu’écrit dans la source.', es: 'Estado miembro o destino tal como figura en la fuente.' },
    }),
    initiated: col.intOrNull({
      unit: 'count',
      description: {
        en: 'Consultations the Member State initiated (member_state rows).',
        fr: 'Consultations engagées par l’État membre (lignes member_state).',
        es: 'Consultas iniciadas por el Estado miembro (filas member_state).',
      },
    }),
    received: col.intOrNull({
      unit: 'count',
      description: {
        en: 'Consultations the Member State received (member_state rows).',
        fr: 'Consultations reçues par l’État membre (lignes member_state).',
        es: 'Consultas recibidas por el Estado miembro (filas member_state).',
      },
    }),
    concerning: col.intOrNull({
      unit: 'count',
      description: { en: 'Consultations concerning the destination (destination rows).', fr: 'Consultations concernant la destination (lignes destination).', es: 'Consultas relativas al destino (filas destination).' },
    }),
    source_file: col.text({ kind: 'provenance', description: { en: 'File the row was read from.', fr: 'Fichier dont la ligne a été lue.', es: 'Archivo del que se leyó la fila.' } }),
    source_line: col.int({ kind: 'provenance', description: { en: 'Line in that file (1 = first line).', fr: 'Ligne dans ce fichier (1 = première ligne).', es: 'Línea en ese archivo (1 = primera línea).' } }),
  },
});

export type EuConsultationRow = RowOf<typeof euConsultations>;
