import { col, defineTable, type RowOf } from './columns.ts';

export const BROKERING_DECISIONS = ['issued', 'refused'] as const;

/**
 * EU Member States' brokering licences (ATT Art. 10; Common Position 2003/468/CFSP), as the EU COARM
 * annual reports list them. A table of its own, never a part of `transfers`: a brokering licence
 * covers goods moving between two third countries, so no export total may include it by accident.
 */
export const euBrokering = defineTable({
  name: 'eu_brokering',
  description: {
    en: 'Brokering licences issued or refused by EU Member States (ATT Art. 10), from the EU annual reports compiled by CAAT: one row per licence line. Goods go from a country of origin to a destination, neither of which is the broker’s State: these are not exports of the broker’s State and are kept out of the transfers table.',
    fr: 'Licences de courtage accordées ou refusées par les États membres de l’UE (art. 10 du TCA), d’après les rapports annuels de l’UE compilés par CAAT : une ligne par ligne de licence. Les biens vont d’un pays d’origine vers une destination, dont aucun n’est l’État du courtier : ce ne sont pas des exportations de cet État, et ils restent hors de la table transfers.',
    es: 'Licencias de corretaje concedidas o denegadas por los Estados miembros de la UE (art. 10 del TCA), según los informes anuales de la UE compilados por CAAT: una fila por línea de licencia. Los bienes van de un país de origen a un destino, ninguno de los cuales es el Estado del intermediario: no son exportaciones de ese Estado y quedan fuera de la tabla transfers.',
  },
  sortBy: ['year', 'broker_iso3', 'decision'],
  columns: {
    year: col.smallint({
      unit: 'year',
      description: { en: 'Year of the EU annual report the line is from.', fr: 'Année du rapport annuel de l’UE dont provient la ligne.', es: 'Año del informe anual de la UE del que procede la línea.' },
    }),
    broker_iso3: col.text({
      kind: 'dimension',
      description: {
        en: 'Member State that decided on the brokering licence, ISO 3166-1 alpha-3.',
        fr: 'État membre qui a statué sur la licence de courtage, ISO 3166-1 alpha-3.',
        es: 'Estado miembro que resolvió sobre la licencia de corretaje, ISO 3166-1 alfa-3.',
      },
    }),
    broker_name: col.text({ kind: 'provenance', description: { en: 'Member State as written in the source.', fr: 'État membre tel qu’écrit dans la source.', es: 'Estado miembro tal como figura en la fuente.' } }),
    decision: col.code(BROKERING_DECISIONS, {
      description: { en: 'issued (licence granted) or refused.', fr: 'issued (licence accordée) ou refused (refusée).', es: 'issued (licencia concedida) o refused (denegada).' },
    }),
    origin_iso3: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'Country or countries of origin of the goods, ISO alpha-3 separated by “; ”; a place with no code is left out (see origin_names).',
        fr: 'Pays d’origine des biens, ISO alpha-3 séparés par « ; » ; un lieu sans code est omis (voir origin_names).',
        es: 'País o países de origen de los bienes, ISO alfa-3 separados por «; »; un lugar sin código se omite (ver origin_names).',
      },
    }),
    origin_names: col.textOrNull({
      kind: 'provenance',
      description: { en: 'Countries of origin as written in the source.', fr: 'Pays d’origine tels qu’écrits dans la source.', es: 'Países de origen tal como figuran en la fuente.' },
    }),
    destination_iso3: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'Country or countries of destination, ISO alpha-3 separated by “; ”; a place with no code is left out (see destination_names).',
        fr: 'Pays de destination, ISO alpha-3 séparés par « ; » ; un lieu sans code est omis (voir destination_names).',
        es: 'País o países de destino, ISO alfa-3 separados por «; »; un lugar sin código se omite (ver destination_names).',
      },
    }),
    destination_names: col.textOrNull({
      kind: 'provenance',
      description: { en: 'Countries of destination as written in the source.', fr: 'Pays de destination tels qu’écrits dans la source.', es: 'Países de destino tal como figuran en la fuente.' },
    }),
    licences: col.intOrNull({ unit: 'count', description: { en: 'Number of licences, where reported.', fr: 'Nombre de licences, si déclaré.', es: 'Número de licencias, si se declaró.' } }),
    licensed_value: col.doubleOrNull({
      unit: 'currency',
      description: {
        en: 'Value of the licensed items, in the currency column’s currency, as compiled (never converted).',
        fr: 'Valeur des biens sous licence, dans la devise de la colonne currency, telle que compilée (jamais convertie).',
        es: 'Valor de los bienes bajo licencia, en la moneda de la columna currency, tal como se compiló (nunca convertido).',
      },
    }),
    brokered_value: col.doubleOrNull({
      unit: 'currency',
      description: {
        en: 'Value of the brokered items where the source gives one number; empty where it gives none or several (see brokered_value_text).',
        fr: 'Valeur des biens objets du courtage lorsque la source donne un seul nombre ; vide si elle n’en donne aucun ou plusieurs (voir brokered_value_text).',
        es: 'Valor de los bienes objeto de corretaje cuando la fuente da un solo número; vacío si no da ninguno o varios (ver brokered_value_text).',
      },
    }),
    brokered_value_text: col.textOrNull({
      kind: 'text',
      description: {
        en: 'Value of the brokered items as written (several values separated by “; ”).',
        fr: 'Valeur des biens objets du courtage telle qu’écrite (plusieurs valeurs séparées par « ; »).',
        es: 'Valor de los bienes objeto de corretaje tal como figura (varios valores separados por «; »).',
      },
    }),
    currency: col.text({
      kind: 'dimension',
      description: {
        en: 'Currency of the values: EUR, as the EU annual reports give them.',
        fr: 'Devise des valeurs : EUR, comme dans les rapports annuels de l’UE.',
        es: 'Moneda de los valores: EUR, como en los informes anuales de la UE.',
      },
    }),
    ml_categories: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'EU Military List categories as written (several separated by “; ”); not crosswalked, since codes are often partial.',
        fr: 'Catégories de la Liste commune militaire de l’UE telles qu’écrites (plusieurs séparées par « ; ») ; sans correspondance TCA, les codes étant souvent partiels.',
        es: 'Categorías de la Lista Común Militar de la UE tal como figuran (varias separadas por «; »); sin correspondencia con el TCA, pues los códigos suelen ser parciales.',
      },
    }),
    quantity: col.textOrNull({
      kind: 'text',
      description: {
        en: 'Quantity of brokered items as written (often with units or words); not coerced to a number.',
        fr: 'Quantité de biens objets du courtage telle qu’écrite (souvent avec unités ou mots) ; non convertie en nombre.',
        es: 'Cantidad de bienes objeto de corretaje tal como figura (a menudo con unidades o palabras); no convertida en número.',
      },
    }),
    source_file: col.text({ kind: 'provenance', description: { en: 'File the row was read from.', fr: 'Fichier dont la ligne a été lue.', es: 'Archivo del que se leyó la fila.' } }),
    source_line: col.int({ kind: 'provenance', description: { en: 'Line in that file (1 = first line).', fr: 'Ligne dans ce fichier (1 = première ligne).', es: 'Línea en ese archivo (1 = primera línea).' } }),
  },
});

export type EuBrokeringRow = RowOf<typeof euBrokering>;
