import { col, defineTable, type RowOf } from './columns.ts';
import { TREATY_STATUSES } from './codes.ts';

/** Reference table of States and territories with their names in three languages and ATT participation facts. */
export const states = defineTable({
  name: 'states',
  description: {
    en: 'States and territories: ISO codes, names in English, French and Spanish, UN region, and Arms Trade Treaty participation facts with their source (empty where unknown).',
    fr: 'États et territoires : codes ISO, noms en anglais, français et espagnol, région de l’ONU et participation au Traité sur le commerce des armes avec sa source (vide si inconnue).',
    es: 'Estados y territorios: códigos ISO, nombres en inglés, francés y español, región de la ONU y participación en el Tratado sobre el Comercio de Armas con su fuente (vacío si se desconoce).',
  },
  sortBy: ['iso3'],
  columns: {
    iso3: col.text({ kind: 'id', description: { en: 'ISO 3166-1 alpha-3 code (XKX for Kosovo, as used by the EU and UN agencies).', fr: 'Code ISO 3166-1 alpha-3 (XKX pour le Kosovo, comme l’UE et les agences de l’ONU).', es: 'Código ISO 3166-1 alfa-3 (XKX para Kosovo, como la UE y las agencias de la ONU).' } }),
    iso2: col.text({ kind: 'dimension', description: { en: 'ISO 3166-1 alpha-2 code.', fr: 'Code ISO 3166-1 alpha-2.', es: 'Código ISO 3166-1 alfa-2.' } }),
    name_en: col.text({ kind: 'text', description: { en: 'Name in English.', fr: 'Nom en anglais.', es: 'Nombre en inglés.' } }),
    name_fr: col.text({ kind: 'text', description: { en: 'Name in French.', fr: 'Nom en français.', es: 'Nombre en francés.' } }),
    name_es: col.text({ kind: 'text', description: { en: 'Name in Spanish.', fr: 'Nom en espagnol.', es: 'Nombre en español.' } }),
    region: col.textOrNull({ kind: 'dimension', description: { en: 'UN M49 region (Africa, Americas, Asia, Europe, Oceania).', fr: 'Région M49 de l’ONU (Afrique, Amériques, Asie, Europe, Océanie).', es: 'Región M49 de la ONU (África, Américas, Asia, Europa, Oceanía).' } }),
    subregion: col.textOrNull({ kind: 'dimension', description: { en: 'UN M49 sub-region.', fr: 'Sous-région M49 de l’ONU.', es: 'Subregión M49 de la ONU.' } }),
    is_un_member: col.bool({ description: { en: 'UN Member State (territories and observers are not).', fr: 'État Membre de l’ONU (les territoires et observateurs ne le sont pas).', es: 'Estado Miembro de la ONU (los territorios y observadores no lo son).' } }),
    att_status: col.code(TREATY_STATUSES, { description: { en: 'ATT status as of the source date: party, signatory, or unknown (not in the compiled facts).', fr: 'Statut au regard du TCA à la date de la source : partie, signataire ou inconnu (absent des faits compilés).', es: 'Situación respecto del TCA a la fecha de la fuente: parte, signatario o desconocida (no figura en los datos compilados).' } }),
    att_signature_date: col.dateOrNull({ description: { en: 'Date of signature of the ATT.', fr: 'Date de signature du TCA.', es: 'Fecha de firma del TCA.' } }),
    att_consent_date: col.dateOrNull({ description: { en: 'Date the instrument of ratification, acceptance, approval or accession was deposited.', fr: 'Date de dépôt de l’instrument de ratification, d’acceptation, d’approbation ou d’adhésion.', es: 'Fecha de depósito del instrumento de ratificación, aceptación, aprobación o adhesión.' } }),
    att_consent_type: col.textOrNull({ kind: 'dimension', description: { en: 'ratification, acceptance, approval or accession, where the source names it.', fr: 'ratification, acceptation, approbation ou adhésion, si la source le précise.', es: 'ratificación, aceptación, aprobación o adhesión, si la fuente lo indica.' } }),
    att_entry_into_force: col.dateOrNull({ description: { en: 'Entry into force for the State (Art. 22): 24 Dec 2014 for deposits on or before that day, otherwise 90 days after deposit.', fr: 'Entrée en vigueur pour l’État (art. 22) : 24 déc. 2014 pour les dépôts jusqu’à ce jour, sinon 90 jours après le dépôt.', es: 'Entrada en vigor para el Estado (art. 22): 24 dic. 2014 para depósitos hasta ese día; si no, 90 días después del depósito.' } }),
    att_source_url: col.textOrNull({ kind: 'provenance', description: { en: 'Where the participation facts were read.', fr: 'Où les faits de participation ont été lus.', es: 'Dónde se leyeron los datos de participación.' } }),
    att_notes: col.textOrNull({ kind: 'provenance', description: { en: 'Notes on the participation facts: corroborating sources and conflicts.', fr: 'Notes sur les faits de participation : sources concordantes et conflits.', es: 'Notas sobre los datos de participación: fuentes concordantes y conflictos.' } }),
  },
});

export type StateRow = RowOf<typeof states>;
