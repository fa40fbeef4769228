/**
 * Each source's title and short caveat in EN/FR/ES, keyed by the source id of data/sources.json.
 * The manifest carries one (English) title per source, written for the data page; chart source lines,
 * home cards, option lists and the footer show the reader's language instead. The English title is the
 * manifest's title (tests/i18n/sourceTitles.test.ts checks every source of data/sources.json has its
 * three titles and caveats, and that the English ones match). The full caveats, licences and publishers
 * stay the sources' own English words, marked as such (see ui/sourceWording.ts). Kept out of
 * strings/, whose files are flat dictionaries of interface words.
 */
import type { Translated } from '../schema/columns.ts';

export interface SourceText {
  title: Translated;
  /** One sentence: what a reader must know before using the figures. */
  caveat: Translated;
}

export const SOURCE_TEXT: Record<string, SourceText> = {
  'eu-coarm-okfn': {
    title: {
      en: "EU Member States' arms export licences and exports, 2005–2013 (EU COARM annual reports)",
      fr: 'Licences d’exportation d’armes et exportations des États membres de l’UE, 2005–2013 (rapports annuels COARM de l’UE)',
      es: 'Licencias de exportación de armas y exportaciones de los Estados miembros de la UE, 2005–2013 (informes anuales COARM de la UE)',
    },
    caveat: {
      en: 'Member States compile their statistics differently; some gave no actual-export values in some years, and France and Italy gave totals only.',
      fr: 'Les États membres établissent leurs statistiques différemment ; certains n’ont pas donné de valeurs d’exportations effectives certaines années, et la France et l’Italie n’ont donné que des totaux.',
      es: 'Los Estados miembros elaboran sus estadísticas de forma distinta; algunos no dieron valores de exportaciones efectivas ciertos años, y Francia e Italia solo dieron totales.',
    },
  },
  'uk-siel-caat': {
    title: {
      en: 'UK strategic export licence decisions (SIELs) by rating and destination, 2008-01 to 2015-03',
      fr: 'Décisions britanniques de licences d’exportation stratégiques (SIEL) par classement et destination, 2008-01 à 2015-03',
      es: 'Decisiones británicas sobre licencias de exportación estratégica (SIEL) por clasificación y destino, 2008-01 a 2015-03',
    },
    caveat: {
      en: 'Per-licence values in GBP transcribed by CAAT; low values may be off by a pound or two, and dual-use ratings are included.',
      fr: 'Valeurs par licence en GBP transcrites par CAAT ; les petites valeurs peuvent différer d’une ou deux livres, et les classements à double usage sont inclus.',
      es: 'Valores por licencia en GBP transcritos por CAAT; los valores pequeños pueden diferir en una o dos libras, y se incluyen las clasificaciones de doble uso.',
    },
  },
  'unroca-index': {
    title: {
      en: 'UN Register of Conventional Arms: which States reported in which years, 1992–2022',
      fr: 'Registre des armes classiques de l’ONU : quels États ont fait rapport quelles années, 1992–2022',
      es: 'Registro de Armas Convencionales de la ONU: qué Estados informaron en qué años, 1992–2022',
    },
    caveat: {
      en: 'Participation only: says whether a State reported in a year, not what it reported; reports sent after 2023 are missing.',
      fr: 'Participation seulement : indique si un État a fait rapport une année donnée, non ce qu’il a déclaré ; les rapports envoyés après 2023 manquent.',
      es: 'Solo participación: indica si un Estado informó un año dado, no lo que declaró; faltan los informes enviados después de 2023.',
    },
  },
  'unroca-transfers': {
    title: {
      en: 'UN Register of Conventional Arms: exports and imports as reported by States, 2010–2016',
      fr: 'Registre des armes classiques de l’ONU : exportations et importations déclarées par les États, 2010–2016',
      es: 'Registro de Armas Convencionales de la ONU: exportaciones e importaciones declaradas por los Estados, 2010–2016',
    },
    caveat: {
      en: 'Numbers of items by Register category (I–VII); coverage is partial, and a transfer reported by both sides appears twice.',
      fr: 'Nombres d’articles par catégorie du Registre (I–VII) ; la couverture est partielle, et un transfert déclaré par les deux parties figure deux fois.',
      es: 'Números de artículos por categoría del Registro (I–VII); la cobertura es parcial, y una transferencia declarada por ambas partes figura dos veces.',
    },
  },
  'att-annual-transcriptions': {
    title: {
      en: "ATT annual reports (Art. 13(3)), transcribed into the portal's format",
      fr: 'Rapports annuels du TCA (art. 13(3)), transcrits au format du portail',
      es: 'Informes anuales del TCA (art. 13(3)), transcritos al formato del portal',
    },
    caveat: {
      en: 'Only reports that have been transcribed are included: a State missing here may well have reported.',
      fr: 'Seuls les rapports transcrits sont inclus : un État absent ici peut fort bien avoir fait rapport.',
      es: 'Solo se incluyen los informes transcritos: un Estado ausente aquí bien puede haber informado.',
    },
  },
  'att-initial-transcriptions': {
    title: {
      en: "ATT initial reports (Art. 13(1)), transcribed into the portal's format",
      fr: 'Rapports initiaux du TCA (art. 13(1)), transcrits au format du portail',
      es: 'Informes iniciales del TCA (art. 13(1)), transcritos al formato del portal',
    },
    caveat: {
      en: 'Only reports that have been transcribed are included: a State missing here may well have reported.',
      fr: 'Seuls les rapports transcrits sont inclus : un État absent ici peut fort bien avoir fait rapport.',
      es: 'Solo se incluyen los informes transcritos: un Estado ausente aquí bien puede haber informado.',
    },
  },
  'untc-att-status': {
    title: {
      en: 'Arms Trade Treaty status, UN Treaty Collection (MTDSG XXVI-8), as at 3 February 2026',
      fr: 'État du Traité sur le commerce des armes, Collection des traités de l’ONU (MTDSG XXVI-8), au 3 février 2026',
      es: 'Estado del Tratado sobre el Comercio de Armas, Colección de Tratados de la ONU (MTDSG XXVI-8), al 3 de febrero de 2026',
    },
    caveat: {
      en: 'One saved copy of the page: later signatures and deposits are not included; entry into force is computed with Art. 22.',
      fr: 'Une copie enregistrée de la page : les signatures et dépôts postérieurs n’y sont pas ; l’entrée en vigueur est calculée selon l’art. 22.',
      es: 'Una copia guardada de la página: no incluye firmas ni depósitos posteriores; la entrada en vigor se calcula según el art. 22.',
    },
  },
  'seco-ch-war-material': {
    title: {
      en: 'Switzerland: exports of war material by destination and category (KM 1–22), 2006–2014',
      fr: 'Suisse : exportations de matériel de guerre par destination et catégorie (KM 1–22), 2006–2014',
      es: 'Suiza: exportaciones de material de guerra por destino y categoría (KM 1–22), 2006–2014',
    },
    caveat: {
      en: 'Actual exports in Swiss francs by final destination; SECO lumps several categories (KM 9, 11–15, 17–22) into one column.',
      fr: 'Exportations effectives en francs suisses par destination finale ; le SECO regroupe plusieurs catégories (KM 9, 11–15, 17–22) en une colonne.',
      es: 'Exportaciones efectivas en francos suizos por destino final; la SECO agrupa varias categorías (KM 9, 11–15, 17–22) en una columna.',
    },
  },
  'seco-ch-special-licences': {
    title: {
      en: 'Switzerland: licences for dual-use and special military goods, one line per licence item, 2012–2014',
      fr: 'Suisse : licences pour biens à double usage et biens militaires spécifiques, une ligne par article de licence, 2012–2014',
      es: 'Suiza: licencias de bienes de doble uso y bienes militares especiales, una línea por artículo de licencia, 2012–2014',
    },
    caveat: {
      en: 'Licences granted, not deliveries, mostly for dual-use goods: kept in a table of their own, never added to transfers.',
      fr: 'Licences accordées, non livraisons, surtout pour des biens à double usage : tenues dans une table à part, jamais ajoutées aux transferts.',
      es: 'Licencias concedidas, no entregas, sobre todo de bienes de doble uso: en una tabla aparte, nunca sumadas a las transferencias.',
    },
  },
  'eu-brokering-caat': {
    title: {
      en: "EU Member States' brokering licences issued and refused, 2008–2013 (EU annual reports)",
      fr: 'Licences de courtage accordées et refusées par les États membres de l’UE, 2008–2013 (rapports annuels de l’UE)',
      es: 'Licencias de corretaje concedidas y denegadas por los Estados miembros de la UE, 2008–2013 (informes anuales de la UE)',
    },
    caveat: {
      en: 'Brokering is kept in a table of its own, never in transfers: the goods go between two other countries; ratings as written.',
      fr: 'Le courtage est tenu dans une table à part, jamais dans les transferts : les biens vont d’un pays tiers à un autre ; classements tels qu’écrits.',
      es: 'El corretaje se guarda en una tabla aparte, nunca en las transferencias: los bienes van entre otros dos países; clasificaciones tal como se escribieron.',
    },
  },
  'eu-consultations-caat': {
    title: {
      en: 'Denial consultations between EU Member States, 1998–2013 (EU annual reports)',
      fr: 'Consultations sur les refus entre États membres de l’UE, 1998–2013 (rapports annuels de l’UE)',
      es: 'Consultas sobre denegaciones entre Estados miembros de la UE, 1998–2013 (informes anuales de la UE)',
    },
    caveat: {
      en: 'Counts of consultations only, per Member State or per destination; destinations that are not States are rejected and listed.',
      fr: 'Nombres de consultations seulement, par État membre ou par destination ; les destinations qui ne sont pas des États sont rejetées et listées.',
      es: 'Solo números de consultas, por Estado miembro o por destino; los destinos que no son Estados se rechazan y se listan.',
    },
  },
  'eu-missions-caat': {
    title: {
      en: 'Exports by EU Member States to international missions, 2006–2013 (EU annual reports)',
      fr: 'Exportations des États membres de l’UE vers des missions internationales, 2006–2013 (rapports annuels de l’UE)',
      es: 'Exportaciones de los Estados miembros de la UE a misiones internacionales, 2006–2013 (informes anuales de la UE)',
    },
    caveat: {
      en: 'Items are described in words, with no values or quantities; mission names are as written.',
      fr: 'Les articles sont décrits en mots, sans valeurs ni quantités ; les noms des missions sont tels qu’écrits.',
      es: 'Los artículos se describen con palabras, sin valores ni cantidades; los nombres de las misiones son tal como se escribieron.',
    },
  },
};
