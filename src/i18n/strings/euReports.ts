/** Strings of the EU annual-report section of a country profile (brokering, consultations, missions). */
import type { Dict } from '../index.ts';

export const euReports = {
  heading: {
    en: 'EU annual reports: brokering, denial consultations, missions',
    fr: 'Rapports annuels de l’UE : courtage, consultations sur les refus, missions',
    es: 'Informes anuales de la UE: corretaje, consultas sobre denegaciones, misiones',
  },
  intro: {
    en: 'Figures the EU annual reports give apart from exports, as compiled by CAAT: brokering licences decided by this State (ATT Art. 10; the goods move between two other countries, so they are not this State’s exports and are never added to them), denial consultations between Member States, and entries of exports to international missions. Counts are entries of the reports, not items.',
    fr: 'Chiffres que les rapports annuels de l’UE donnent à part des exportations, compilés par CAAT : licences de courtage décidées par cet État (art. 10 du TCA ; les biens circulent entre deux autres pays, ce ne sont donc pas des exportations de cet État et ils n’y sont jamais ajoutés), consultations sur les refus entre États membres, et entrées d’exportations vers des missions internationales. Les nombres sont des entrées des rapports, pas des articles.',
    es: 'Cifras que los informes anuales de la UE dan aparte de las exportaciones, compiladas por CAAT: licencias de corretaje resueltas por este Estado (art. 10 del TCA; los bienes circulan entre otros dos países, por lo que no son exportaciones de este Estado y nunca se suman a ellas), consultas sobre denegaciones entre Estados miembros y entradas de exportaciones a misiones internacionales. Los números son entradas de los informes, no artículos.',
  },
  caption: { en: 'EU annual reports per year', fr: 'Rapports annuels de l’UE par année', es: 'Informes anuales de la UE por año' },
  colYear: { en: 'Year', fr: 'Année', es: 'Año' },
  brokeringIssued: { en: 'Brokering licences issued (entries)', fr: 'Licences de courtage accordées (entrées)', es: 'Licencias de corretaje concedidas (entradas)' },
  brokeringRefused: { en: 'Brokering licences refused (entries)', fr: 'Licences de courtage refusées (entrées)', es: 'Licencias de corretaje denegadas (entradas)' },
  brokeringValue: { en: 'Value of licensed items, issued (EUR)', fr: 'Valeur des biens sous licence, accordées (EUR)', es: 'Valor de los bienes bajo licencia, concedidas (EUR)' },
  consultInitiated: { en: 'Consultations initiated', fr: 'Consultations engagées', es: 'Consultas iniciadas' },
  consultReceived: { en: 'Consultations received', fr: 'Consultations reçues', es: 'Consultas recibidas' },
  consultConcerning: { en: 'Consultations concerning it as a destination', fr: 'Consultations le concernant comme destination', es: 'Consultas relativas a él como destino' },
  missionsOut: { en: 'Exports to missions (entries)', fr: 'Exportations vers des missions (entrées)', es: 'Exportaciones a misiones (entradas)' },
  missionsIn: { en: 'Exports to missions on its territory (entries)', fr: 'Exportations vers des missions sur son territoire (entrées)', es: 'Exportaciones a misiones en su territorio (entradas)' },
  rowsIn: { en: 'Rows in the SQL console:', fr: 'Lignes dans la console SQL :', es: 'Filas en la consola SQL:' },
  tableBrokering: { en: 'brokering', fr: 'courtage', es: 'corretaje' },
  tableConsultations: { en: 'consultations', fr: 'consultations', es: 'consultas' },
  tableMissions: { en: 'missions', fr: 'missions', es: 'misiones' },
} satisfies Dict;
