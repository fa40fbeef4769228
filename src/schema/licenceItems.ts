import { col, defineTable, type RowOf } from './columns.ts';
import { ATT_CATEGORIES, ATT_MATCHES } from './codes.ts';

/**
 * Licence items: one row per item of a granted export licence, with its control-list entries.
 *
 * Kept out of `transfers` on purpose: the items are licences for dual-use and "special military"
 * goods (Swiss GKV), not arms exports; one item may carry entries of several control regimes, so it
 * has no single category; and summing them with war-material exports would mix two different
 * things. Each control_* column is one control-list scheme, its codes kept as written.
 */
const t = (en: string, fr: string, es: string) => ({ en, fr, es });

export const licenceItems = defineTable({
  name: 'licence_items',
  description: t(
    'One row per item of an export licence granted for dual-use or special military goods (Switzerland, SECO, 2012–2014): licence number, date, destination, value and the item’s entries in each control list (each list is its own code scheme). Licences granted, not deliveries; never added to transfers, because dual-use goods are not arms and one item may fall under several lists.',
    'Une ligne par article d’une licence d’exportation accordée pour des biens à double usage ou des biens militaires spécifiques (Suisse, SECO, 2012–2014) : numéro de licence, date, destination, valeur et les rubriques de l’article dans chaque liste de contrôle (chaque liste est sa propre nomenclature). Licences accordées, non des livraisons ; jamais ajoutées aux transferts, car les biens à double usage ne sont pas des armes et un article peut relever de plusieurs listes.',
    'Una fila por artículo de una licencia de exportación concedida para bienes de doble uso o bienes militares específicos (Suiza, SECO, 2012–2014): número de licencia, fecha, destino, valor y las partidas del artículo en cada lista de control (cada lista es su propia nomenclatura). Licencias concedidas, no entregas; nunca se suman a las transferencias, porque los bienes de doble uso no son armas y un artículo puede figurar en varias listas.',
  ),
  sortBy: ['year', 'partner_iso3', 'licence_number'],
  columns: {
    item_id: col.int({ kind: 'id', description: t('Row number, stable within one build.', 'Numéro de ligne, stable au sein d’une compilation.', 'Número de fila, estable dentro de una compilación.') }),
    source_id: col.text({ kind: 'dimension', description: t('Source the item was read from.', 'Source dont l’article a été lu.', 'Fuente de la que se leyó el artículo.') }),
    reporter_iso3: col.text({ kind: 'dimension', description: t('State that granted the licence, ISO alpha-3.', 'État qui a accordé la licence, ISO alpha-3.', 'Estado que concedió la licencia, ISO alfa-3.') }),
    licence_number: col.text({ kind: 'id', description: t('Licence (business) number as written; several items may share one licence.', 'Numéro de licence (d’affaire) tel qu’écrit ; plusieurs articles peuvent relever d’une même licence.', 'Número de licencia (de expediente) tal como figura; varios artículos pueden compartir una licencia.') }),
    decision_date: col.dateOrNull({ description: t('Date the licence was granted (written DD.MM.YY; read as 20YY).', 'Date d’octroi de la licence (écrite JJ.MM.AA ; lue 20AA).', 'Fecha de concesión de la licencia (escrita DD.MM.AA; leída 20AA).') }),
    year: col.smallint({ unit: 'year', description: t('Year of the licence date.', 'Année de la date de licence.', 'Año de la fecha de la licencia.') }),
    partner_iso3: col.textOrNull({ kind: 'dimension', description: t('Country of the end user, ISO alpha-3.', 'Pays de l’utilisateur final, ISO alpha-3.', 'País del usuario final, ISO alfa-3.') }),
    partner_name: col.text({ kind: 'provenance', description: t('End-user country as written (German; letters lost to “?” in the copy).', 'Pays de l’utilisateur final tel qu’écrit (en allemand ; lettres perdues en « ? » dans la copie).', 'País del usuario final tal como figura (en alemán; letras perdidas como «?» en la copia).') }),
    control_ag: col.textOrNull({ kind: 'dimension', description: t('Australia Group entry (chemical and biological dual-use goods), as written.', 'Rubrique du Groupe d’Australie (biens chimiques et biologiques à double usage), telle qu’écrite.', 'Partida del Grupo de Australia (bienes químicos y biológicos de doble uso), tal como figura.') }),
    control_mtcr: col.textOrNull({ kind: 'dimension', description: t('Missile Technology Control Regime entry, as written.', 'Rubrique du Régime de contrôle de la technologie des missiles, telle qu’écrite.', 'Partida del Régimen de Control de la Tecnología de Misiles, tal como figura.') }),
    control_nsg1: col.textOrNull({ kind: 'dimension', description: t('Nuclear Suppliers Group part 1 (trigger list) entry, as written.', 'Rubrique de la partie 1 du Groupe des fournisseurs nucléaires (liste de base), telle qu’écrite.', 'Partida de la parte 1 del Grupo de Suministradores Nucleares (lista desencadenante), tal como figura.') }),
    control_nsg2: col.textOrNull({ kind: 'dimension', description: t('Nuclear Suppliers Group part 2 (nuclear dual-use) entry, as written.', 'Rubrique de la partie 2 du Groupe des fournisseurs nucléaires (double usage nucléaire), telle qu’écrite.', 'Partida de la parte 2 del Grupo de Suministradores Nucleares (doble uso nuclear), tal como figura.') }),
    control_wa: col.textOrNull({ kind: 'dimension', description: t('Wassenaar Arrangement dual-use list entry, as written (a few were turned into numbers by a spreadsheet, e.g. 2.00E+02).', 'Rubrique de la liste des biens à double usage de l’Arrangement de Wassenaar, telle qu’écrite (quelques-unes changées en nombres par un tableur, p. ex. 2.00E+02).', 'Partida de la lista de doble uso del Arreglo de Wassenaar, tal como figura (algunas convertidas en números por una hoja de cálculo, p. ej. 2.00E+02).') }),
    control_ml: col.textOrNull({ kind: 'dimension', description: t('Military List entry of the Swiss Goods Control Ordinance (GKV), as written (e.g. 18a).', 'Rubrique de la liste militaire de l’ordonnance suisse sur le contrôle des biens (OCB), telle qu’écrite (p. ex. 18a).', 'Partida de la lista militar de la ordenanza suiza de control de bienes (GKV), tal como figura (p. ej. 18a).') }),
    control_gkv_annex5: col.textOrNull({ kind: 'dimension', description: t('Swiss national controls, GKV annex 5 (5.1, 5.2 or 5.3).', 'Contrôles nationaux suisses, annexe 5 de l’OCB (5.1, 5.2 ou 5.3).', 'Controles nacionales suizos, anexo 5 de la GKV (5.1, 5.2 o 5.3).') }),
    control_chkv: col.textOrNull({ kind: 'dimension', description: t('Swiss Chemicals Control Ordinance (ChKV, Chemical Weapons Convention schedules) entry, as written.', 'Rubrique de l’ordonnance suisse sur le contrôle des produits chimiques (OCPCh, tableaux de la Convention sur les armes chimiques), telle qu’écrite.', 'Partida de la ordenanza suiza de control de productos químicos (ChKV, listas de la Convención sobre Armas Químicas), tal como figura.') }),
    ml_category: col.textOrNull({ kind: 'dimension', description: t('The Military List entry of control_ml (e.g. 18a → ML18), in the ML scheme; empty without one.', 'L’entrée de la Liste militaire de control_ml (p. ex. 18a → ML18), nomenclature ML ; vide sans rubrique.', 'La entrada de la Lista Militar de control_ml (p. ej. 18a → ML18), nomenclatura ML; vacía si no hay.') }),
    att_category: col.codeOrNull(ATT_CATEGORIES, { description: t('ATT category of ml_category by the ML crosswalk; empty where there is none.', 'Catégorie ATT de ml_category selon la correspondance ML ; vide s’il n’y en a pas.', 'Categoría ATT de ml_category según la correspondencia ML; vacía si no hay.') }),
    att_match: col.code(ATT_MATCHES, { description: t('Quality of that crosswalk: exact, approximate or none (none for items without an ML entry).', 'Qualité de cette correspondance : exacte, approximative ou aucune (aucune sans rubrique ML).', 'Calidad de esa correspondencia: exacta, aproximada o ninguna (ninguna sin partida ML).') }),
    value: col.double({ unit: 'currency', description: t('Value of the item as licensed, in the currency of the currency column.', 'Valeur de l’article telle qu’autorisée, dans la devise de la colonne currency.', 'Valor del artículo tal como se autorizó, en la moneda de la columna currency.') }),
    currency: col.text({ kind: 'dimension', description: t('ISO 4217 currency of value (CHF).', 'Devise ISO 4217 de value (CHF).', 'Moneda ISO 4217 de value (CHF).') }),
    source_file: col.text({ kind: 'provenance', description: t('File the item was read from.', 'Fichier dont l’article a été lu.', 'Archivo del que se leyó el artículo.') }),
    source_line: col.int({ kind: 'provenance', description: t('Line of that file (1 = header).', 'Ligne de ce fichier (1 = en-tête).', 'Línea de ese archivo (1 = encabezado).') }),
  },
});

export type LicenceItemRow = RowOf<typeof licenceItems>;
