/** Strings of the reader's own rows in the analyses: the barometer's and the divergences' "your file" parts. */
import type { Dict } from '../index.ts';

export const yourRows = {
  yoursHeading: { en: 'Your file, not published', fr: 'Votre fichier, non publié', es: 'Su archivo, no publicado' },
  barometerIntro: {
    en: 'These State-years include reports from your own file (Your data page), kept in this browser only. Their criteria were computed here with the same SQL as the published scores; in the ranking they are marked ◆.',
    fr: 'Ces années-États incluent des rapports de votre propre fichier (page Vos données), conservé dans ce navigateur seulement. Leurs critères ont été calculés ici avec le même SQL que les notes publiées ; dans le classement, ils sont marqués ◆.',
    es: 'Estos años-Estado incluyen informes de su propio archivo (página Sus datos), guardado solo en este navegador. Sus criterios se calcularon aquí con el mismo SQL que las puntuaciones publicadas; en la clasificación llevan la marca ◆.',
  },
  scoring: { en: 'Scoring your file in this browser…', fr: 'Notation de votre fichier dans ce navigateur…', es: 'Puntuando su archivo en este navegador…' },
  failed: { en: 'Your file could not be scored here: {error}', fr: 'Votre fichier n’a pas pu être noté ici : {error}', es: 'Su archivo no pudo puntuarse aquí: {error}' },
  rankOf: { en: '{rank} of {n}', fr: '{rank} sur {n}', es: '{rank} de {n}' },
  show: { en: 'Show', fr: 'Afficher', es: 'Mostrar' },
  showYear: { en: 'Show {year} in the ranking', fr: 'Afficher {year} dans le classement', es: 'Mostrar {year} en la clasificación' },
  yoursCaption: {
    en: 'State-years with your file: score under the weights above, and rank in their year',
    fr: 'Années-États avec votre fichier : note selon les pondérations ci-dessus, et rang dans leur année',
    es: 'Años-Estado con su archivo: puntuación con las ponderaciones de arriba y puesto en su año',
  },
  mirrorHeading: {
    en: 'Your file against the published reports (not published)',
    fr: 'Votre fichier face aux rapports publiés (non publié)',
    es: 'Su archivo frente a los informes publicados (no publicado)',
  },
  mirrorIntro: {
    en: 'Mirror pairs of your own file (Your data page), computed in this browser: your exports beside the partners’ reported imports, your imports beside their reported exports, for the same year, basis and ATT category, with the same measures as above. A partner’s figures are kept apart per instrument (UN Register, EU COARM, ATT report …), so that one transfer reported twice is not counted twice.',
    fr: 'Paires miroir de votre propre fichier (page Vos données), calculées dans ce navigateur : vos exportations face aux importations déclarées par les partenaires, vos importations face à leurs exportations déclarées, pour la même année, la même base et la même catégorie TCA, avec les mêmes mesures que ci-dessus. Les chiffres d’un partenaire sont séparés par instrument (Registre de l’ONU, COARM de l’UE, rapport TCA…), pour qu’un transfert déclaré deux fois ne compte pas deux fois.',
    es: 'Pares espejo de su propio archivo (página Sus datos), calculados en este navegador: sus exportaciones frente a las importaciones declaradas por los socios, sus importaciones frente a sus exportaciones declaradas, para el mismo año, base y categoría del TCA, con las mismas medidas que arriba. Las cifras de un socio se separan por instrumento (Registro de la ONU, COARM de la UE, informe del TCA…), para que una transferencia declarada dos veces no cuente dos veces.',
  },
  mirrorRunning: { en: 'Pairing your file in this browser…', fr: 'Appariement de votre fichier dans ce navigateur…', es: 'Emparejando su archivo en este navegador…' },
  mirrorFailed: { en: 'Your file could not be paired here: {error}', fr: 'Votre fichier n’a pas pu être apparié ici : {error}', es: 'Su archivo no pudo emparejarse aquí: {error}' },
  mirrorNone: {
    en: 'No partner named in your file reported the other side in the published data for the same year (in a category that maps to the ATT).',
    fr: 'Aucun partenaire nommé dans votre fichier n’a déclaré l’autre côté dans les données publiées pour la même année (dans une catégorie rattachée au TCA).',
    es: 'Ningún socio indicado en su archivo declaró el otro lado en los datos publicados para el mismo año (en una categoría vinculada al TCA).',
  },
  mirrorCount: { en: '{n} pairs with your file.', fr: '{n} paires avec votre fichier.', es: '{n} pares con su archivo.' },
  mirrorOrder: { en: 'Largest divergence first; ◆ marks your file’s side.', fr: 'Plus grande divergence d’abord ; ◆ marque le côté de votre fichier.', es: 'Mayor divergencia primero; ◆ marca el lado de su archivo.' },
  mirrorCaption: {
    en: 'Your file (◆) against the partners’ published reports, largest divergence first',
    fr: 'Votre fichier (◆) face aux rapports publiés des partenaires, plus grande divergence d’abord',
    es: 'Su archivo (◆) frente a los informes publicados de los socios, mayor divergencia primero',
  },
  colPartnerInstrument: { en: 'Partner’s figures from', fr: 'Chiffres du partenaire issus de', es: 'Cifras del socio procedentes de' },
  download: { en: 'Download these pairs (CSV)', fr: 'Télécharger ces paires (CSV)', es: 'Descargar estos pares (CSV)' },
} satisfies Dict;
