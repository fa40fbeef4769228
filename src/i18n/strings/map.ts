/** Strings of the world map (Explore's map view, the Trends map, the country profile map). */
import type { Dict } from '../index.ts';

export const map = {
  viewChart: { en: 'Chart', fr: 'Graphique', es: 'Gráfico' },
  viewMap: { en: 'Map', fr: 'Carte', es: 'Mapa' },
  viewLabel: { en: 'Show the result as', fr: 'Afficher le résultat en', es: 'Mostrar el resultado como' },
  noData: { en: 'No data', fr: 'Pas de données', es: 'Sin datos' },
  zero: { en: 'Zero', fr: 'Zéro', es: 'Cero' },
  legendTitle: { en: 'Legend ({unit})', fr: 'Légende ({unit})', es: 'Leyenda ({unit})' },
  stateValue: { en: '{state}: {value}', fr: '{state} : {value}', es: '{state}: {value}' },
  stateNoData: { en: '{state}: no data', fr: '{state} : pas de données', es: '{state}: sin datos' },
  hoverHint: {
    en: 'Point at a State or move to it with Tab to read its figure.',
    fr: 'Pointez un État ou atteignez-le avec Tab pour lire son chiffre.',
    es: 'Señale un Estado o llegue a él con Tab para leer su cifra.',
  },
  mapTitle: { en: '{title}: map', fr: '{title} : carte', es: '{title}: mapa' },
  alt: {
    en: 'World map of {measure} ({unit}) by {dimension}: {count} States with a figure, highest {top}. States without a figure are shown as no data; small States are drawn as dots. The table lists every figure.',
    fr: 'Carte du monde : {measure} ({unit}) par {dimension} ; {count} États avec un chiffre, le plus élevé {top}. Les États sans chiffre sont marqués « pas de données » ; les petits États sont des points. Le tableau donne tous les chiffres.',
    es: 'Mapa del mundo: {measure} ({unit}) por {dimension}; {count} Estados con cifra, la más alta {top}. Los Estados sin cifra se marcan «sin datos»; los Estados pequeños son puntos. La tabla da todas las cifras.',
  },
  needsStateGroup: {
    en: 'A map needs the result grouped by reporter or by partner alone (other groups may only split currencies, bases or directions).',
    fr: 'Une carte demande un résultat groupé par déclarant ou par partenaire seul (les autres regroupements ne peuvent que séparer devises, bases ou directions).',
    es: 'Un mapa requiere un resultado agrupado solo por informante o por socio (los demás agrupamientos solo pueden separar monedas, bases o direcciones).',
  },
  groupByPartner: { en: 'Map by partner', fr: 'Carte par partenaire', es: 'Mapa por socio' },
  groupByReporter: { en: 'Map by reporter', fr: 'Carte par déclarant', es: 'Mapa por informante' },
  loading: { en: 'Loading the map…', fr: 'Chargement de la carte…', es: 'Cargando el mapa…' },
  loadError: { en: 'The map could not be loaded: {error}', fr: 'La carte n’a pas pu être chargée : {error}', es: 'No se pudo cargar el mapa: {error}' },
  unplaced: { en: 'Not on the map (no shape or location): {states}.', fr: 'Absents de la carte (ni forme ni position) : {states}.', es: 'Fuera del mapa (sin forma ni posición): {states}.' },
  notStated: { en: 'Figures without a stated State (in the table only): {value}.', fr: 'Chiffres sans État indiqué (dans le tableau seulement) : {value}.', es: 'Cifras sin Estado indicado (solo en la tabla): {value}.' },
  trendsMapTitle: { en: 'Destinations in {year}, {basis}', fr: 'Destinations en {year}, {basis}', es: 'Destinos en {year}, {basis}' },
  profileMapHeading: { en: 'Partners on the map', fr: 'Partenaires sur la carte', es: 'Socios en el mapa' },
  profileMapCaption: {
    en: '{flow}, {years}: {unit}. The partners table of that flow gives every figure.',
    fr: '{flow}, {years} : {unit}. Le tableau des partenaires de ce flux donne tous les chiffres.',
    es: '{flow}, {years}: {unit}. La tabla de socios de ese flujo da todas las cifras.',
  },
  profileMapAlt: {
    en: 'World map of the partners of {state}: {count} States shaded by {unit}, highest {top}.',
    fr: 'Carte du monde des partenaires de {state} : {count} États colorés selon {unit}, le plus élevé {top}.',
    es: 'Mapa del mundo de los socios de {state}: {count} Estados coloreados según {unit}, el más alto {top}.',
  },
  openMap: { en: 'Open this map in Explore (hover, share, downloads)', fr: 'Ouvrir cette carte dans Explorer (survol, partage, téléchargements)', es: 'Abrir este mapa en Explorar (señalar, compartir, descargas)' },
  downloadSvg: { en: 'Map (SVG)', fr: 'Carte (SVG)', es: 'Mapa (SVG)' },
} satisfies Dict;
