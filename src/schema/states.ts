import { col, defineTable, type RowOf } from './columns.ts';
import { TREATY_STATUSES } from './codes.ts';

/** Reference table of States and territories with their names in three languages and ATT participation facts. */
export const states = defineTable({
  name: 'states',
  description: {
    en: 'States and territories: ISO codes, names in English, French and Spanish, UN region, and Arms Trade Treaty participation facts with their source and date (from the UN depositary’s status page when the build reads it).',
    fr: 'États et territoires : codes ISO, noms en anglais, français et espagnol, région de l’ONU et participation au Traité sur le commerce des armes avec sa source et sa date (d’après la page d’état du dépositaire de l’ONU quand la compilation la lit).',
    es: 'Estados y territorios: códigos ISO, nombres en inglés, francés y español, región de la ONU y participación en el Tratado sobre el Comercio de Armas con su fuente y fecha (según la página de situación del depositario de la ONU cuando la compilación la lee).',
  },
  sortBy: ['iso3'],
  columns: {
    iso3: col.text({
      kind: 'id',
      description: {
        en: 'ISO 3166-1 alpha-3 code (XKX for Kosovo, as used by the EU and UN agencies).',
        fr: 'Code ISO 3166-1 alpha-3 (XKX pour le Kosovo, comme l’UE et les agences de l’ONU).',
        es: 'Código ISO 3166-1 alfa-3 (XKX para Kosovo, como la UE y las agencias de la ONU).',
      },
    }),
    iso2: col.text({ kind: 'dimension', description: { en: 'ISO 3166-1 alpha-2 code.', fr: 'Code ISO 3166-1 alpha-2.', es: 'Código ISO 3166-1 alfa-2.' } }),
    name_en: col.text({ kind: 'text', description: { en: 'Name in English.', fr: 'Nom en anglais.', es: 'Nombre en inglés.' } }),
    name_fr: col.text({ kind: 'text', description: { en: 'Name in French.', fr: 'Nom en français.', es: 'Nombre en francés.' } }),
    name_es: col.text({ kind: 'text', description: { en: 'Name in Spanish.', fr: 'Nom en espagnol.', es: 'Nombre en español.' } }),
    region: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'UN M49 region (Africa, Americas, Asia, Europe, Oceania).',
        fr: 'Région M49 de l’ONU (Afrique, Amériques, Asie, Europe, Océanie).',
        es: 'Región M49 de la ONU (África, Américas, Asia, Europa, Oceanía).',
      },
    }),
    subregion: col.textOrNull({ kind: 'dimension', description: { en: 'UN M49 sub-region.', fr: 'Sous-région M49 de l’ONU.', es: 'Subregión M49 de la ONU.' } }),
    is_un_member: col.bool({
      description: {
        en: 'UN Member State (territories and observers are not).',
        fr: 'État Membre de l’ONU (les territoires et observateurs ne le sont pas).',
        es: 'Estado Miembro de la ONU (los territorios y observadores no lo son).',
      },
    }),
    att_status: col.code(TREATY_STATUSES, {
      description: {
        en: 'ATT status on att_status_date: party (instrument of consent deposited), signatory (signed only), not_participant (not in the depositary’s list of participants), or unknown (built without the depositary’s list and absent from the hand-compiled facts).',
        fr: 'Statut au regard du TCA à la date att_status_date : partie (instrument de consentement déposé), signataire (signature seule), not_participant (absent de la liste des participants du dépositaire) ou inconnu (compilé sans la liste du dépositaire et absent des faits compilés à la main).',
        es: 'Situación respecto del TCA en la fecha att_status_date: parte (instrumento de consentimiento depositado), signatario (solo firma), not_participant (no figura en la lista de participantes del depositario) o desconocida (compilado sin la lista del depositario y ausente de los datos compilados a mano).',
      },
    }),
    att_status_date: col.dateOrNull({
      description: {
        en: 'Date the participation facts hold for: the “status as at” date of the UN Treaty Collection page (empty for hand-compiled facts, which have no single date).',
        fr: 'Date à laquelle valent les faits de participation : la date « status as at » de la page de la Collection des traités de l’ONU (vide pour les faits compilés à la main, sans date unique).',
        es: 'Fecha a la que corresponden los datos de participación: la fecha «status as at» de la página de la Colección de Tratados de la ONU (vacía para los datos compilados a mano, sin fecha única).',
      },
    }),
    att_signature_date: col.dateOrNull({ description: { en: 'Date of signature of the ATT.', fr: 'Date de signature du TCA.', es: 'Fecha de firma del TCA.' } }),
    att_consent_date: col.dateOrNull({
      description: {
        en: 'Date the instrument of ratification, acceptance, approval or accession was deposited.',
        fr: 'Date de dépôt de l’instrument de ratification, d’acceptation, d’approbation ou d’adhésion.',
        es: 'Fecha de depósito del instrumento de ratificación, aceptación, aprobación o adhesión.',
      },
    }),
    att_consent_type: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'ratification, acceptance (UNTC suffix A), approval (AA) or accession (a); empty where the source does not name it.',
        fr: 'ratification, acceptation (suffixe A de l’UNTC), approbation (AA) ou adhésion (a) ; vide si la source ne le précise pas.',
        es: 'ratificación, aceptación (sufijo A de la UNTC), aprobación (AA) o adhesión (a); vacío si la fuente no lo indica.',
      },
    }),
    att_provisional_application_date: col.dateOrNull({
      description: {
        en: 'Date of the declaration that the State will apply Art. 6 and 7 provisionally pending entry into force (Art. 23; “n” on the UNTC page).',
        fr: 'Date de la déclaration d’application provisoire des art. 6 et 7 en attendant l’entrée en vigueur (art. 23 ; « n » sur la page de l’UNTC).',
        es: 'Fecha de la declaración de aplicación provisional de los art. 6 y 7 hasta la entrada en vigor (art. 23; «n» en la página de la UNTC).',
      },
    }),
    att_entry_into_force: col.dateOrNull({
      description: {
        en: 'Entry into force for the State (Art. 22), computed: 24 Dec 2014 for deposits on or before that day, otherwise 90 days after deposit.',
        fr: 'Entrée en vigueur pour l’État (art. 22), calculée : 24 déc. 2014 pour les dépôts jusqu’à ce jour, sinon 90 jours après le dépôt.',
        es: 'Entrada en vigor para el Estado (art. 22), calculada: 24 dic. 2014 para depósitos hasta ese día; si no, 90 días después del depósito.',
      },
    }),
    att_footnotes: col.textOrNull({
      kind: 'text',
      description: {
        en: 'The depositary’s end notes marked after the State’s name (territorial declarations, the United States’ 2019 notice), in English as printed, each preceded by its number.',
        fr: 'Notes de fin du dépositaire appelées après le nom de l’État (déclarations territoriales, notification des États-Unis de 2019), en anglais comme imprimées, précédées de leur numéro.',
        es: 'Notas finales del depositario indicadas tras el nombre del Estado (declaraciones territoriales, notificación de los Estados Unidos de 2019), en inglés tal como se imprimieron, precedidas de su número.',
      },
    }),
    att_declarations: col.textOrNull({
      kind: 'text',
      description: {
        en: 'The State’s declarations and reservations as printed on the UNTC page (English), with their place in the source file.',
        fr: 'Déclarations et réserves de l’État telles qu’imprimées sur la page de l’UNTC (en anglais), avec leur emplacement dans le fichier source.',
        es: 'Declaraciones y reservas del Estado tal como figuran en la página de la UNTC (en inglés), con su ubicación en el archivo fuente.',
      },
    }),
    att_source_id: col.textOrNull({
      kind: 'provenance',
      description: {
        en: 'Source of the participation facts: the id of a source in data/sources.json (untc-att-status) or hand-compiled (src/reference/attParticipation.ts).',
        fr: 'Source des faits de participation : identifiant d’une source de data/sources.json (untc-att-status) ou hand-compiled (src/reference/attParticipation.ts).',
        es: 'Fuente de los datos de participación: identificador de una fuente de data/sources.json (untc-att-status) o hand-compiled (src/reference/attParticipation.ts).',
      },
    }),
    att_source_line: col.intOrNull({
      kind: 'provenance',
      description: { en: 'Line of the participant’s row in the source file.', fr: 'Ligne de la rangée du participant dans le fichier source.', es: 'Línea de la fila del participante en el archivo fuente.' },
    }),
    att_source_url: col.textOrNull({
      kind: 'provenance',
      description: {
        en: 'Where the participation facts were published. For the UN Treaty Collection page (read from a copy pinned in data/sources.json), cite “Multilateral Treaties Deposited with the Secretary-General (ST/LEG/SER.E)” with the status date.',
        fr: 'Où les faits de participation ont été publiés. Pour la page de la Collection des traités de l’ONU (lue dans une copie épinglée dans data/sources.json), citer « Traités multilatéraux déposés auprès du Secrétaire général (ST/LEG/SER.E) » avec la date de l’état.',
        es: 'Dónde se publicaron los datos de participación. Para la página de la Colección de Tratados de la ONU (leída de una copia fijada en data/sources.json), citar «Tratados multilaterales depositados en poder del Secretario General (ST/LEG/SER.E)» con la fecha de la situación.',
      },
    }),
    att_notes: col.textOrNull({
      kind: 'provenance',
      description: {
        en: 'Notes on the participation facts: source and date, corroborating sources, and where the depositary’s facts differ from the earlier hand-compiled ones.',
        fr: 'Notes sur les faits de participation : source et date, sources concordantes, et écarts entre les faits du dépositaire et les faits compilés à la main auparavant.',
        es: 'Notas sobre los datos de participación: fuente y fecha, fuentes concordantes y diferencias entre los datos del depositario y los compilados a mano antes.',
      },
    }),
  },
});

export type StateRow = RowOf<typeof states>;
