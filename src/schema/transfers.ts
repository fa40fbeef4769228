import { col, defineTable, type RowOf } from './columns.ts';
import { ATT_CATEGORIES, ATT_MATCHES, BASES, CATEGORY_SCHEMES, DIRECTIONS, REPORTER_RULES } from './codes.ts';

/** One row per reported fact: one figure (or set of figures) for one reporter, partner, year, category and basis. */
export const transfers = defineTable({
  name: 'transfers',
  description: {
    en: 'One row per reported fact: who reported, to or from whom, which year, which category, on what basis (authorized, actual or refused), with the figures as published and the file and line they come from.',
    fr: 'Une ligne par fait déclaré : qui a déclaré, vers ou depuis qui, quelle année, quelle catégorie, sur quelle base (autorisé, effectif ou refusé), avec les chiffres tels que publiés et le fichier et la ligne dont ils proviennent.',
    es: 'Una fila por hecho declarado: quién informó, hacia o desde quién, qué año, qué categoría, sobre qué base (autorizado, efectivo o denegado), con las cifras publicadas y el archivo y la línea de origen.',
  },
  sortBy: ['year', 'reporter_iso3', 'source_id', 'partner_iso3', 'category_code', 'basis'],
  columns: {
    transfer_id: col.int({ kind: 'id', description: { en: 'Row number, stable within one build.', fr: 'Numéro de ligne, stable au sein d’une compilation.', es: 'Número de fila, estable dentro de una compilación.' } }),
    source_id: col.text({
      kind: 'dimension',
      description: { en: 'Source the fact was read from (see the sources list).', fr: 'Source dont le fait a été lu (voir la liste des sources).', es: 'Fuente de la que se leyó el hecho (ver la lista de fuentes).' },
    }),
    report_id: col.text({
      kind: 'id',
      description: { en: 'The report this fact belongs to (table reports).', fr: 'Le rapport auquel appartient ce fait (table reports).', es: 'El informe al que pertenece este hecho (tabla reports).' },
    }),
    reporter_iso3: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'Reporting State, ISO 3166-1 alpha-3; empty where the source does not say.',
        fr: 'État déclarant, ISO 3166-1 alpha-3 ; vide si la source ne le dit pas.',
        es: 'Estado informante, ISO 3166-1 alfa-3; vacío si la fuente no lo indica.',
      },
    }),
    reporter_name: col.text({
      kind: 'provenance',
      description: { en: 'Reporting State as written in the source.', fr: 'État déclarant tel qu’écrit dans la source.', es: 'Estado informante tal como figura en la fuente.' },
    }),
    year: col.smallint({ unit: 'year', description: { en: 'Calendar year the fact covers.', fr: 'Année civile couverte par le fait.', es: 'Año civil al que se refiere el hecho.' } }),
    reporter_rule: col.codeOrNull(REPORTER_RULES, {
      description: {
        en: 'Empty where the source names the reporting State. Otherwise reporter and direction were inferred, by this rule: export_block (the row is in the export table of the reporting State’s report page, so the reporter is the exporter) or import_block (in its import table, so the reporter is the importer). UN Register transfers only; rows whose table could not be told are in rejects (ambiguous_reporter).',
        fr: 'Vide si la source nomme l’État déclarant. Sinon, déclarant et sens ont été déduits selon cette règle : export_block (la ligne figure dans le tableau des exportations de la page du rapport de l’État déclarant, qui est donc l’exportateur) ou import_block (dans son tableau des importations : le déclarant est l’importateur). Transferts du Registre de l’ONU seulement ; les lignes dont le tableau n’a pas pu être déterminé sont dans rejects (ambiguous_reporter).',
        es: 'Vacío si la fuente nombra al Estado informante. Si no, informante y sentido se dedujeron con esta regla: export_block (la fila está en el cuadro de exportaciones de la página del informe del Estado informante, que es por tanto el exportador) o import_block (en su cuadro de importaciones: el informante es el importador). Solo transferencias del Registro de la ONU; las filas cuyo cuadro no pudo determinarse están en rejects (ambiguous_reporter).',
      },
    }),
    direction: col.code(DIRECTIONS, {
      description: { en: 'export or import, from the reporter’s point of view.', fr: 'export ou import, du point de vue du déclarant.', es: 'export o import, desde el punto de vista del informante.' },
    }),
    partner_iso3: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'Final importing State (exports) or exporting State (imports), ISO alpha-3; empty where the source does not say.',
        fr: 'État importateur final (exportations) ou État exportateur (importations), ISO alpha-3 ; vide si la source ne le dit pas.',
        es: 'Estado importador final (exportaciones) o Estado exportador (importaciones), ISO alfa-3; vacío si la fuente no lo indica.',
      },
    }),
    partner_name: col.textOrNull({ kind: 'provenance', description: { en: 'Partner as written in the source.', fr: 'Partenaire tel qu’écrit dans la source.', es: 'Socio tal como figura en la fuente.' } }),
    category_scheme: col.code(CATEGORY_SCHEMES, {
      description: {
        en: 'Category scheme of category_code: ATT (Art. 2(1) I–VIII), ML (EU Military List), UK (other UK control-list ratings), CH_KM (Swiss war-material categories KM 1–22, numbered as the Military List) or UNROCA (UN Register categories I–VII, VII.a missiles, VII.b MANPADS).',
        fr: 'Nomenclature de category_code : ATT (TCA, art. 2(1) I–VIII), ML (Liste commune militaire de l’UE), UK (autres classements britanniques), CH_KM (catégories suisses de matériel de guerre KM 1–22, numérotées comme la Liste militaire) ou UNROCA (catégories I–VII du Registre de l’ONU, VII.a missiles, VII.b MANPADS).',
        es: 'Nomenclatura de category_code: ATT (TCA, art. 2(1) I–VIII), ML (Lista Común Militar de la UE), UK (otras clasificaciones británicas), CH_KM (categorías suizas de material de guerra KM 1–22, numeradas como la Lista Militar) o UNROCA (categorías I–VII del Registro de la ONU, VII.a misiles, VII.b MANPADS).',
      },
    }),
    category_code: col.text({
      kind: 'dimension',
      description: {
        en: 'Category as reported, in its own scheme (e.g. ML4, VIII.a, 5A002, KM3, VII.b).',
        fr: 'Catégorie déclarée, dans sa propre nomenclature (p. ex. ML4, VIII.a, 5A002, KM3, VII.b).',
        es: 'Categoría declarada, en su propia nomenclatura (p. ej. ML4, VIII.a, 5A002, KM3, VII.b).',
      },
    }),
    att_category: col.codeOrNull(ATT_CATEGORIES, {
      description: {
        en: 'ATT Art. 2(1) category (I–VIII) by the crosswalk; empty where there is none.',
        fr: 'Catégorie TCA art. 2(1) (I–VIII) selon la table de correspondance ; vide s’il n’y en a pas.',
        es: 'Categoría del TCA art. 2(1) (I–VIII) según la tabla de correspondencia; vacía si no hay.',
      },
    }),
    att_match: col.code(ATT_MATCHES, {
      description: {
        en: 'Quality of the crosswalk to the ATT category: exact, approximate or none.',
        fr: 'Qualité de la correspondance avec la catégorie TCA : exacte, approximative ou aucune.',
        es: 'Calidad de la correspondencia con la categoría del TCA: exacta, aproximada o ninguna.',
      },
    }),
    basis: col.code(BASES, {
      description: {
        en: 'authorized (licences granted), actual (deliveries) or refused (licences denied).',
        fr: 'authorized (licences accordées), actual (livraisons) ou refused (licences refusées).',
        es: 'authorized (licencias concedidas), actual (entregas) o refused (licencias denegadas).',
      },
    }),
    items_as_written: col.textOrNull({
      kind: 'text',
      description: {
        en: 'Number of items exactly as the source wrote it, kept when the source gives the count as text (UN Register: e.g. "classified", or empty); the items column holds it only when it is a plain whole number.',
        fr: 'Nombre d’articles exactement tel que la source l’a écrit, conservé quand la source donne le nombre sous forme de texte (Registre de l’ONU : p. ex. « classified », ou vide) ; la colonne items ne le reprend que s’il s’agit d’un nombre entier.',
        es: 'Número de artículos exactamente como lo escribió la fuente, conservado cuando la fuente da el número como texto (Registro de la ONU: p. ej. «classified», o vacío); la columna items solo lo recoge si es un número entero.',
      },
    }),
    licences: col.intOrNull({ unit: 'count', description: { en: 'Number of licences, where reported.', fr: 'Nombre de licences, si déclaré.', es: 'Número de licencias, si se declaró.' } }),
    items: col.bigintOrNull({ unit: 'count', description: { en: 'Number of items, where reported.', fr: 'Nombre d’articles, si déclaré.', es: 'Número de artículos, si se declaró.' } }),
    value: col.doubleOrNull({
      unit: 'currency',
      description: {
        en: 'Value in the currency of the currency column, as published (never converted).',
        fr: 'Valeur dans la devise de la colonne currency, telle que publiée (jamais convertie).',
        es: 'Valor en la moneda de la columna currency, tal como se publicó (nunca convertido).',
      },
    }),
    currency: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'ISO 4217 currency of value. Values in different currencies must never be added together.',
        fr: 'Devise ISO 4217 de value. Des valeurs en devises différentes ne doivent jamais être additionnées.',
        es: 'Moneda ISO 4217 de value. Nunca deben sumarse valores en monedas distintas.',
      },
    }),
    decision_date: col.dateOrNull({
      description: { en: 'Date of the licence decision, where the source gives one.', fr: 'Date de la décision de licence, si la source la donne.', es: 'Fecha de la decisión sobre la licencia, si la fuente la indica.' },
    }),
    origin_iso3: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'State of origin, if not the exporter (ATT template).',
        fr: 'État d’origine, s’il ne s’agit pas de l’exportateur (modèle TCA).',
        es: 'Estado de origen, si no es el exportador (plantilla del TCA).',
      },
    }),
    intermediate: col.textOrNull({
      description: { en: 'Intermediate location(s), if any (ATT template).', fr: 'Lieu(x) intermédiaire(s), le cas échéant (modèle TCA).', es: 'Lugar(es) intermedio(s), si los hay (plantilla del TCA).' },
    }),
    description: col.textOrNull({
      description: {
        en: 'Description of the items, as reported (untrusted text).',
        fr: 'Description des articles, telle que déclarée (texte non vérifié).',
        es: 'Descripción de los artículos, tal como se declaró (texto no verificado).',
      },
    }),
    comments: col.textOrNull({
      description: {
        en: 'Comments on the transfer, as reported (untrusted text).',
        fr: 'Observations sur le transfert, telles que déclarées (texte non vérifié).',
        es: 'Observaciones sobre la transferencia, tal como se declararon (texto no verificado).',
      },
    }),
    source_file: col.text({ kind: 'provenance', description: { en: 'File the fact was read from.', fr: 'Fichier dont le fait a été lu.', es: 'Archivo del que se leyó el hecho.' } }),
    source_line: col.int({
      kind: 'provenance',
      description: { en: 'Line of that file (1 = first line, header included).', fr: 'Ligne de ce fichier (1 = première ligne, en-tête compris).', es: 'Línea de ese archivo (1 = primera línea, encabezado incluido).' },
    }),
  },
});

export type TransferRow = RowOf<typeof transfers>;
