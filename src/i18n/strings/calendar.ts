/** Strings of the reporting-deadline calendars (.ics) and the links to them. */
import type { Dict } from '../index.ts';

export const calendar = {
  calName: { en: 'ATT reporting deadlines: {name}', fr: 'Échéances de rapport du TCA : {name}', es: 'Plazos de informe del TCA: {name}' },
  allPartiesName: { en: 'all States Parties', fr: 'tous les États parties', es: 'todos los Estados partes' },
  calDescription: {
    en: 'Arms Trade Treaty reporting deadlines (Art. 13) computed from entry into force (Art. 22) with the UN depositary’s facts, status as at {date}. Initial report within one year of entry into force; annual report by 31 May for each full calendar year of membership; 7 days’ grace.',
    fr: 'Échéances de rapport du Traité sur le commerce des armes (art. 13) calculées à partir de l’entrée en vigueur (art. 22) avec les faits du dépositaire de l’ONU, état au {date}. Rapport initial dans l’année suivant l’entrée en vigueur ; rapport annuel au 31 mai pour chaque année civile complète de participation ; 7 jours de grâce.',
    es: 'Plazos de informe del Tratado sobre el Comercio de Armas (art. 13) calculados a partir de la entrada en vigor (art. 22) con los datos del depositario de la ONU, situación al {date}. Informe inicial dentro del año siguiente a la entrada en vigor; informe anual al 31 de mayo por cada año civil completo como parte; 7 días de gracia.',
  },
  initialDue: { en: '{name}: ATT initial report due', fr: '{name} : rapport initial TCA dû', es: '{name}: vence el informe inicial del TCA' },
  initialText: {
    en: 'Initial report on the measures taken to implement the Treaty (Art. 13(1)), due within one year of the Treaty’s entry into force for the State ({eif}).',
    fr: 'Rapport initial sur les mesures prises pour mettre en œuvre le Traité (art. 13(1)), dû dans l’année suivant l’entrée en vigueur du Traité pour l’État ({eif}).',
    es: 'Informe inicial sobre las medidas adoptadas para aplicar el Tratado (art. 13(1)), debido dentro del año siguiente a la entrada en vigor del Tratado para el Estado ({eif}).',
  },
  annualDue: { en: '{name}: ATT annual report {year} due', fr: '{name} : rapport annuel TCA {year} dû', es: '{name}: vence el informe anual del TCA {year}' },
  annualText: {
    en: 'Annual report on authorized or actual exports and imports of conventional arms in {year} (Art. 13(3)), due 31 May. The ATT Secretariat allows 7 days’ grace, to {grace}.',
    fr: 'Rapport annuel sur les exportations et importations d’armes classiques autorisées ou effectuées en {year} (art. 13(3)), dû le 31 mai. Le Secrétariat du TCA accorde 7 jours de grâce, jusqu’au {grace}.',
    es: 'Informe anual sobre las exportaciones e importaciones autorizadas o efectivas de armas convencionales en {year} (art. 13(3)), debido el 31 de mayo. La Secretaría del TCA concede 7 días de gracia, hasta el {grace}.',
  },
  graceEnd: {
    en: '{name}: grace period for the ATT annual report {year} ends',
    fr: '{name} : fin du délai de grâce du rapport annuel TCA {year}',
    es: '{name}: termina el período de gracia del informe anual del TCA {year}',
  },
  graceText: {
    en: 'Last day of the 7 days’ grace after the 31 May deadline for the annual report on {year}.',
    fr: 'Dernier jour des 7 jours de grâce après l’échéance du 31 mai pour le rapport annuel sur {year}.',
    es: 'Último día de los 7 días de gracia tras el plazo del 31 de mayo para el informe anual sobre {year}.',
  },
  remindBefore: { en: 'In {days} days: {what}', fr: 'Dans {days} jours : {what}', es: 'En {days} días: {what}' },
  remindToday: { en: 'Today: {what}', fr: 'Aujourd’hui : {what}', es: 'Hoy: {what}' },
  linkState: { en: 'Reporting deadlines as a calendar (.ics)', fr: 'Échéances de rapport en calendrier (.ics)', es: 'Plazos de informe como calendario (.ics)' },
  linkAll: {
    en: 'Reporting deadlines of all {n} States Parties as a calendar (.ics)',
    fr: 'Échéances de rapport des {n} États parties en calendrier (.ics)',
    es: 'Plazos de informe de los {n} Estados partes como calendario (.ics)',
  },
  linkNote: {
    en: 'Subscribe in a calendar app to get reminders 30 and 7 days before each deadline and on the last day of grace. Dates follow from the depositary’s facts (status as at {date}).',
    fr: 'Abonnez-vous dans une application d’agenda pour recevoir des rappels 30 et 7 jours avant chaque échéance et le dernier jour de grâce. Les dates découlent des faits du dépositaire (état au {date}).',
    es: 'Suscríbase en una aplicación de calendario para recibir recordatorios 30 y 7 días antes de cada plazo y el último día de gracia. Las fechas se derivan de los datos del depositario (situación al {date}).',
  },
} satisfies Dict;
