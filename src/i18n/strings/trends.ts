/** Strings of the Trends page. */
import type { Dict } from '../index.ts';

export const trends = {
  title: { en: 'Trends', fr: 'Tendances', es: 'Tendencias' },
  description: {
    en: 'Ready-made views of reported arms transfers over time: by category, reporter, partner and region, per source and currency.',
    fr: 'Vues prêtes à l’emploi des transferts d’armes déclarés au fil du temps : par catégorie, déclarant, partenaire et région, par source et par devise.',
    es: 'Vistas listas para usar de las transferencias de armas declaradas a lo largo del tiempo: por categoría, informante, socio y región, por fuente y moneda.',
  },
  intro: {
    en: 'Each section keeps to one source and one currency. Values are as published, at current prices, never converted and never added across currencies. Each chart shows one basis — authorized (licences granted) or actual (deliveries) — and says which. A source’s first or last year may cover only part of the year: check its dates.',
    fr: 'Chaque section s’en tient à une source et à une devise. Les valeurs sont telles que publiées, en prix courants, jamais converties ni additionnées entre devises. Chaque graphique montre une seule base — autorisé (licences accordées) ou effectif (livraisons) — et l’indique. La première ou la dernière année d’une source peut ne couvrir qu’une partie de l’année : vérifiez ses dates.',
    es: 'Cada sección se limita a una fuente y una moneda. Los valores son los publicados, a precios corrientes, nunca convertidos ni sumados entre monedas. Cada gráfico muestra una sola base — autorizado (licencias concedidas) o efectivo (entregas) — y lo indica. El primer o el último año de una fuente puede cubrir solo parte del año: compruebe sus fechas.',
  },
  contents: { en: 'On this page', fr: 'Sur cette page', es: 'En esta página' },
  reportingHeading: { en: 'Reporting over time', fr: 'Les rapports au fil du temps', es: 'Los informes a lo largo del tiempo' },
  reportingTitle: { en: 'Reporting States per year, by instrument', fr: 'États déclarants par année, par instrument', es: 'Estados informantes por año, por instrumento' },
  groupHeading: { en: '{source} — {currency}', fr: '{source} — {currency}', es: '{source} — {currency}' },
  groupIntro: {
    en: '{years}; basis shown: {basis}. Bases in this source: {bases}.',
    fr: '{years} ; base présentée : {basis}. Bases de cette source : {bases}.',
    es: '{years}; base mostrada: {basis}. Bases de esta fuente: {bases}.',
  },
  byAtt: { en: 'By ATT category (crosswalk), {basis}', fr: 'Par catégorie du TCA (correspondance), {basis}', es: 'Por categoría del TCA (correspondencia), {basis}' },
  byCategory: { en: 'Top {n} categories as reported, {basis}', fr: 'Les {n} premières catégories déclarées, {basis}', es: 'Las {n} primeras categorías declaradas, {basis}' },
  byReporter: { en: 'Top {n} reporting States, {basis}', fr: 'Les {n} premiers États déclarants, {basis}', es: 'Los {n} primeros Estados informantes, {basis}' },
  byPartner: { en: 'Top {n} destinations, {basis}', fr: 'Les {n} premières destinations, {basis}', es: 'Los {n} primeros destinos, {basis}' },
  byRegion: { en: 'By region of destination, {basis}', fr: 'Par région de destination, {basis}', es: 'Por región de destino, {basis}' },
  topNote: {
    en: 'Ranked by total over the period; other series are not shown (see the table in Explore).',
    fr: 'Classement selon le total sur la période ; les autres séries ne sont pas montrées (voir le tableau dans Explorer).',
    es: 'Clasificación según el total del período; las demás series no se muestran (vea la tabla en Explorar).',
  },
  crosswalkNote: {
    en: 'Categories mapped to the ATT Art. 2(1) categories by the crosswalk (exact or approximate matches); see the data dictionary.',
    fr: 'Catégories rattachées aux catégories de l’art. 2(1) du TCA par la table de correspondance (exacte ou approximative) ; voir le dictionnaire des données.',
    es: 'Categorías asignadas a las del art. 2(1) del TCA mediante la tabla de correspondencia (exacta o aproximada); vea el diccionario de datos.',
  },
  noValues: {
    en: 'No source in this build publishes values with a currency, so there are no value trends yet.',
    fr: 'Aucune source de cette compilation ne publie de valeurs avec une devise : pas encore de tendances en valeur.',
    es: 'Ninguna fuente de esta compilación publica valores con moneda, así que aún no hay tendencias de valor.',
  },
} satisfies Dict;
