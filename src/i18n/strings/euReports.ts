/** Strings of the EU annual-report section of a country profile (brokering, consultations, missions). */
import type { Dict } from '../index.ts';

export const euReports = {
  heading: {
    en: 'EU annual reports: brokering, denial consultations, missions',
    fr: 'Rapports annuels de l’UE : courtage, consultations sur les refus, missions',
    es: 'Informes anuales de la UE: corretaje, consultas sobre denegaciones, misiones',
  },
  intro: {
    en: 'Kept apart from exports (CAAT compilation): brokering licence entries decided by this State (ATT Art. 10: goods moving between two other countries, never added to its exports), denial consultations, exports to international missions. Counts are report entries.',
    fr: 'Tenus à part des exportations (compilation CAAT) : entrées de licences de courtage décidées par cet État (art. 10 du TCA : biens circulant entre deux autres pays, jamais ajoutés à ses exportations), consultations sur les refus, exportations vers des missions internationales. Les nombres sont des entrées des rapports.',
    es: 'Separados de las exportaciones (compilación de CAAT): entradas de licencias de corretaje resueltas por este Estado (art. 10 del TCA: bienes que circulan entre otros dos países, nunca sumados a sus exportaciones), consultas sobre denegaciones, exportaciones a misiones internacionales. Los números son entradas de los informes.',
  },
  caption: { en: 'EU annual reports: figures kept apart from exports', fr: 'Rapports annuels de l’UE : chiffres tenus à part des exportations', es: 'Informes anuales de la UE: cifras separadas de las exportaciones' },
  colFigure: { en: 'Figure', fr: 'Chiffre', es: 'Cifra' },
  colYears: { en: 'Years', fr: 'Années', es: 'Años' },
  colTotal: { en: 'Sum of the years', fr: 'Somme des années', es: 'Suma de los años' },
  brokering: { en: 'Brokering: issued / refused', fr: 'Courtage : accordées / refusées', es: 'Corretaje: concedidas / denegadas' },
  brokeringValue: { en: 'Licensed value, issued (EUR)', fr: 'Valeur sous licence, accordées (EUR)', es: 'Valor bajo licencia, concedidas (EUR)' },
  consultations: { en: 'Consultations: initiated / received', fr: 'Consultations : engagées / reçues', es: 'Consultas: iniciadas / recibidas' },
  consultConcerning: { en: 'Consultations concerning it', fr: 'Consultations le concernant', es: 'Consultas que le conciernen' },
  missions: { en: 'Missions: its exports / on its territory', fr: 'Missions : ses exportations / sur son territoire', es: 'Misiones: sus exportaciones / en su territorio' },
  rowsIn: { en: 'Rows in the SQL console:', fr: 'Lignes dans la console SQL :', es: 'Filas en la consola SQL:' },
  tableBrokering: { en: 'brokering', fr: 'courtage', es: 'corretaje' },
  tableConsultations: { en: 'consultations', fr: 'consultations', es: 'consultas' },
  tableMissions: { en: 'missions', fr: 'missions', es: 'misiones' },
} satisfies Dict;
