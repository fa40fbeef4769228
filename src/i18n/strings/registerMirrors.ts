/** Strings of the UN Register mirror pairs section of the divergences page. */
import type { Dict } from '../index.ts';

export const registerMirrors = {
  heading: {
    en: 'UN Register: exporter’s and importer’s reports of the same transfer',
    fr: 'Registre de l’ONU : rapports de l’exportateur et de l’importateur sur un même transfert',
    es: 'Registro de la ONU: informes del exportador y del importador sobre una misma transferencia',
  },
  intro: {
    en: 'The UN Register of Conventional Arms asks both sides to report a transfer: the exporter in its exports table, the importer in its imports table. The same transfer therefore appears twice, once in each report: a mirror pair, not a duplicate. Here the exporter’s number of items is set beside the importer’s, for the same year and Register category (VII (a) missiles and VII (b) MANPADS apart). Only pairs where both States’ reports for that year are in the data are compared. A count given as text (“classified”) is not a number: the measures of its pair are left empty.',
    fr: 'Le Registre des armes classiques de l’ONU demande aux deux parties de déclarer un transfert : l’exportateur dans son tableau des exportations, l’importateur dans son tableau des importations. Le même transfert apparaît donc deux fois, une fois dans chaque rapport : c’est une paire miroir, non un doublon. Le nombre d’articles déclaré par l’exportateur est mis ici en regard de celui de l’importateur, pour la même année et la même catégorie du Registre (VII a) missiles et VII b) MANPADS séparément). Seules les paires dont les rapports des deux États pour l’année figurent dans les données sont comparées. Un nombre donné sous forme de texte (« classified ») n’est pas un nombre : les mesures de sa paire restent vides.',
    es: 'El Registro de Armas Convencionales de la ONU pide a ambas partes que informen de una transferencia: el exportador en su cuadro de exportaciones, el importador en su cuadro de importaciones. La misma transferencia aparece, pues, dos veces, una en cada informe: es un par espejo, no un duplicado. Aquí se compara el número de artículos declarado por el exportador con el del importador, para el mismo año y la misma categoría del Registro (VII a) misiles y VII b) MANPADS por separado). Solo se comparan los pares cuyos informes de ambos Estados para ese año figuran en los datos. Un número dado como texto («classified») no es un número: las medidas de su par quedan vacías.',
  },
  summary: {
    en: '{both} transfers reported by both sides ({agree} with the same number of items); {exporterOnly} reported by the exporter only, {importerOnly} by the importer only.',
    fr: '{both} transferts déclarés par les deux parties (dont {agree} avec le même nombre d’articles) ; {exporterOnly} déclarés par l’exportateur seul, {importerOnly} par l’importateur seul.',
    es: '{both} transferencias declaradas por ambas partes ({agree} con el mismo número de artículos); {exporterOnly} declaradas solo por el exportador, {importerOnly} solo por el importador.',
  },
  none: { en: 'No UN Register transfers in the data.', fr: 'Aucun transfert du Registre de l’ONU dans les données.', es: 'No hay transferencias del Registro de la ONU en los datos.' },
  caption: {
    en: 'Mirror pairs reported by both sides, largest divergence first',
    fr: 'Paires miroir déclarées par les deux parties, plus grandes divergences d’abord',
    es: 'Pares espejo declarados por ambas partes, primero las mayores divergencias',
  },
  colCategory: { en: 'Register category', fr: 'Catégorie du Registre', es: 'Categoría del Registro' },
  qPairs: { en: 'UN Register mirror pairs', fr: 'Paires miroir du Registre de l’ONU', es: 'Pares espejo del Registro de la ONU' },
  qSummary: { en: 'UN Register mirror pairs: summary', fr: 'Paires miroir du Registre de l’ONU : synthèse', es: 'Pares espejo del Registro de la ONU: resumen' },
  textCount: { en: 'text', fr: 'texte', es: 'texto' },
} satisfies Dict;
