import { col, defineTable, type RowOf } from './columns.ts';

/** The ATT initial-report questions, published so that the matrix and any user query can label them. */
export const initialQuestions = defineTable({
  name: 'initial_questions',
  description: {
    en: 'Questions of the ATT initial reporting template (Section A: binding obligations; Section B: encouraged measures), with stable ids, the Treaty articles they rest on, and their text in three languages.',
    fr: 'Questions du modèle de rapport initial du TCA (section A : obligations contraignantes ; section B : mesures encouragées), avec des identifiants stables, les articles du Traité sur lesquels elles reposent et leur texte en trois langues.',
    es: 'Preguntas de la plantilla de informe inicial del TCA (sección A: obligaciones vinculantes; sección B: medidas alentadas), con identificadores estables, los artículos del Tratado en que se basan y su texto en tres idiomas.',
  },
  sortBy: ['sort_order'],
  columns: {
    question_id: col.text({ kind: 'id', description: { en: 'Stable question id (e.g. A1.3d).', fr: 'Identifiant stable de la question (p. ex. A1.3d).', es: 'Identificador estable de la pregunta (p. ej. A1.3d).' } }),
    section: col.code(['A', 'B'], {
      description: { en: 'A (binding obligations) or B (encouraged measures).', fr: 'A (obligations contraignantes) ou B (mesures encouragées).', es: 'A (obligaciones vinculantes) o B (medidas alentadas).' },
    }),
    group_id: col.text({ kind: 'dimension', description: { en: 'Question group (A1…A10, B).', fr: 'Groupe de questions (A1…A10, B).', es: 'Grupo de preguntas (A1…A10, B).' } }),
    topic: col.text({
      kind: 'dimension',
      description: {
        en: 'Topic (export, import, transit, brokering, control_list, …).',
        fr: 'Thème (export, import, transit, courtage, liste de contrôle, …).',
        es: 'Tema (exportación, importación, tránsito, corretaje, lista de control, …).',
      },
    }),
    articles: col.text({
      kind: 'text',
      description: {
        en: 'Treaty articles the question rests on, comma-separated.',
        fr: 'Articles du Traité sur lesquels repose la question, séparés par des virgules.',
        es: 'Artículos del Tratado en que se basa la pregunta, separados por comas.',
      },
    }),
    covers: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'For control-list coverage questions: the ATT category, ammunition or parts_components.',
        fr: 'Pour les questions sur la couverture de la liste : la catégorie du TCA, munitions ou pièces et composants.',
        es: 'Para las preguntas de cobertura de la lista: la categoría del TCA, municiones o partes y componentes.',
      },
    }),
    text_en: col.text({ kind: 'text', description: { en: 'Question in English.', fr: 'Question en anglais.', es: 'Pregunta en inglés.' } }),
    text_fr: col.text({ kind: 'text', description: { en: 'Question in French.', fr: 'Question en français.', es: 'Pregunta en francés.' } }),
    text_es: col.text({ kind: 'text', description: { en: 'Question in Spanish.', fr: 'Question en espagnol.', es: 'Pregunta en español.' } }),
    wording: col.code(['template', 'portal'], {
      description: {
        en: 'template: English wording read in the template; portal: the portal’s paraphrase of the Treaty.',
        fr: 'template : libellé anglais lu dans le modèle ; portal : paraphrase du Traité par le portail.',
        es: 'template: redacción inglesa leída en la plantilla; portal: paráfrasis del Tratado por el portal.',
      },
    }),
    translation: col.code(['official', 'portal'], {
      description: { en: 'official French/Spanish text, or the portal’s translation.', fr: 'texte français/espagnol officiel, ou traduction du portail.', es: 'texto francés/español oficial, o traducción del portal.' },
    }),
    sort_order: col.int({ kind: 'dimension', description: { en: 'Order in the template.', fr: 'Ordre dans le modèle.', es: 'Orden en la plantilla.' } }),
  },
});

export type InitialQuestionRow = RowOf<typeof initialQuestions>;
