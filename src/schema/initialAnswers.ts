import { col, defineTable, type RowOf } from './columns.ts';

/**
 * How a report answers a question of the catalogue: yes, no, partial (the report says the measure
 * exists for part of what is asked, e.g. some categories only), or not_stated (the report is silent).
 */
export const INITIAL_ANSWERS = ['yes', 'no', 'partial', 'not_stated'] as const;
export type InitialAnswer = (typeof INITIAL_ANSWERS)[number];

/** One row per report version and question: the answer as transcribed, with the report's own words. */
export const initialAnswers = defineTable({
  name: 'initial_answers',
  description: {
    en: 'Answers of ATT initial reports: one row per report version and question of the catalogue (src/reference/initialQuestions.ts), with the answer, the report’s own words and the line it was read from.',
    fr: 'Réponses des rapports initiaux du TCA : une ligne par version de rapport et question du catalogue (src/reference/initialQuestions.ts), avec la réponse, les termes du rapport et la ligne dont elle a été lue.',
    es: 'Respuestas de los informes iniciales del TCA: una fila por versión de informe y pregunta del catálogo (src/reference/initialQuestions.ts), con la respuesta, las palabras del informe y la línea de la que se leyó.',
  },
  sortBy: ['report_id', 'question_id'],
  columns: {
    report_id: col.text({
      kind: 'id',
      description: {
        en: 'Report version the answer belongs to (initial_reports.report_id).',
        fr: 'Version du rapport à laquelle appartient la réponse (initial_reports.report_id).',
        es: 'Versión del informe a la que pertenece la respuesta (initial_reports.report_id).',
      },
    }),
    question_id: col.text({
      kind: 'dimension',
      description: {
        en: 'Question id in the catalogue, e.g. A1.3d (Section A: binding obligations) or B2 (Section B: encouraged measures).',
        fr: 'Identifiant de la question dans le catalogue, p. ex. A1.3d (section A : obligations contraignantes) ou B2 (section B : mesures encouragées).',
        es: 'Identificador de la pregunta en el catálogo, p. ej. A1.3d (sección A: obligaciones vinculantes) o B2 (sección B: medidas alentadas).',
      },
    }),
    answer: col.code(INITIAL_ANSWERS, {
      description: {
        en: 'yes, no, partial (for part of what is asked only), or not_stated (the report does not say).',
        fr: 'yes (oui), no (non), partial (pour une partie seulement de ce qui est demandé) ou not_stated (le rapport ne le dit pas).',
        es: 'yes (sí), no, partial (solo para una parte de lo que se pregunta) o not_stated (el informe no lo indica).',
      },
    }),
    text: col.textOrNull({
      description: {
        en: 'The report’s own words on the question (laws, authorities, comments), as transcribed; shown as plain text, never as HTML.',
        fr: 'Les termes du rapport sur la question (lois, autorités, observations), tels que transcrits ; affichés en texte brut, jamais en HTML.',
        es: 'Las palabras del informe sobre la pregunta (leyes, autoridades, observaciones), tal como se transcribieron; se muestran como texto sin formato, nunca como HTML.',
      },
    }),
    source_file: col.text({ kind: 'provenance', description: { en: 'Transcription file.', fr: 'Fichier de transcription.', es: 'Archivo de transcripción.' } }),
    source_line: col.int({
      kind: 'provenance',
      description: {
        en: 'Line of the file (1 = the header), or row of the worksheet.',
        fr: 'Ligne du fichier (1 = l’en-tête) ou rangée de la feuille de calcul.',
        es: 'Línea del archivo (1 = el encabezado) o fila de la hoja de cálculo.',
      },
    }),
  },
});

export type InitialAnswerRow = RowOf<typeof initialAnswers>;
