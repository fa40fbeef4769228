import { col, defineTable, type RowOf } from './columns.ts';
import { ATT_CATEGORIES, ATT_MATCHES } from './codes.ts';

/**
 * A reader's own SIPRI trade-register file, loaded in their browser only (the "Your data" page):
 * one row per deal and delivery year. Never published, never in the pipeline's tables: SIPRI asks
 * other sites not to re-host its data, so this table exists only where the reader brings the file.
 */
export const sipriDeliveries = defineTable({
  name: 'user_sipri_deliveries',
  description: {
    en: 'Your own SIPRI trade-register file (not published): one row per deal and delivery year, with SIPRI’s category and its approximate ATT category.',
    fr: 'Votre propre fichier du registre des transferts du SIPRI (non publié) : une ligne par contrat et année de livraison, avec la catégorie du SIPRI et sa catégorie ATT approximative.',
    es: 'Su propio archivo del registro de transferencias del SIPRI (no publicado): una fila por contrato y año de entrega, con la categoría del SIPRI y su categoría ATT aproximada.',
  },
  sortBy: ['delivery_year', 'supplier_iso3', 'recipient_iso3'],
  columns: {
    source_file: col.text({ kind: 'provenance', description: { en: 'Your file.', fr: 'Votre fichier.', es: 'Su archivo.' } }),
    source_line: col.int({ kind: 'provenance', description: { en: 'Line in your file.', fr: 'Ligne dans votre fichier.', es: 'Línea en su archivo.' } }),
    deal_id: col.text({ kind: 'id', description: { en: 'SIPRI AT Database ID.', fr: 'Identifiant SIPRI AT Database.', es: 'Identificador SIPRI AT Database.' } }),
    supplier_iso3: col.text({ kind: 'dimension', description: { en: 'Supplier, ISO alpha-3.', fr: 'Fournisseur, ISO alpha-3.', es: 'Proveedor, ISO alfa-3.' } }),
    supplier_name: col.text({ kind: 'provenance', description: { en: 'Supplier as written.', fr: 'Fournisseur tel qu’écrit.', es: 'Proveedor tal como figura.' } }),
    recipient_iso3: col.text({ kind: 'dimension', description: { en: 'Recipient, ISO alpha-3.', fr: 'Destinataire, ISO alpha-3.', es: 'Destinatario, ISO alfa-3.' } }),
    recipient_name: col.text({ kind: 'provenance', description: { en: 'Recipient as written.', fr: 'Destinataire tel qu’écrit.', es: 'Destinatario tal como figura.' } }),
    designation: col.textOrNull({ description: { en: 'Weapon designation.', fr: 'Désignation de l’arme.', es: 'Designación del arma.' } }),
    description: col.textOrNull({ description: { en: 'Weapon description.', fr: 'Description de l’arme.', es: 'Descripción del arma.' } }),
    armament_category: col.text({ kind: 'dimension', description: { en: 'SIPRI’s armament category.', fr: 'Catégorie d’armement du SIPRI.', es: 'Categoría de armamento del SIPRI.' } }),
    att_category: col.codeOrNull(ATT_CATEGORIES, {
      description: {
        en: 'ATT category by an approximate crosswalk; empty where there is none.',
        fr: 'Catégorie ATT selon une correspondance approximative ; vide s’il n’y en a pas.',
        es: 'Categoría ATT según una correspondencia aproximada; vacía si no hay.',
      },
    }),
    att_match: col.code(ATT_MATCHES, {
      description: { en: 'Quality of the crosswalk: approximate or none.', fr: 'Qualité de la correspondance : approximative ou aucune.', es: 'Calidad de la correspondencia: aproximada o ninguna.' },
    }),
    order_year: col.smallintOrNull({ unit: 'year', description: { en: 'Year of order.', fr: 'Année de commande.', es: 'Año del pedido.' } }),
    delivery_year: col.smallint({ unit: 'year', description: { en: 'Year of delivery.', fr: 'Année de livraison.', es: 'Año de entrega.' } }),
    numbers_delivered: col.bigintOrNull({ unit: 'count', description: { en: 'Numbers delivered that year.', fr: 'Nombre livré cette année-là.', es: 'Número entregado ese año.' } }),
    delivered_estimate: col.bool({ description: { en: 'SIPRI marks the number as an estimate.', fr: 'Le SIPRI indique une estimation.', es: 'El SIPRI indica una estimación.' } }),
    tiv_delivered: col.doubleOrNull({
      description: {
        en: 'SIPRI TIV of the delivery (millions; a volume measure, not money).',
        fr: 'TIV SIPRI de la livraison (millions ; une mesure de volume, pas d’argent).',
        es: 'TIV SIPRI de la entrega (millones; una medida de volumen, no dinero).',
      },
    }),
  },
});

export type SipriDeliveryRow = RowOf<typeof sipriDeliveries>;
