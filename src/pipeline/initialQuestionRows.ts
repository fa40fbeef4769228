/** The question catalogue as rows of the initial_questions table. */
import type { InitialQuestion } from '../reference/initialQuestions.ts';
import { groupOf } from '../reference/initialQuestions.ts';
import { initialQuestions, type InitialQuestionRow } from '../schema/initialQuestions.ts';

export function questionRows(questions: readonly InitialQuestion[]): InitialQuestionRow[] {
  return questions.map((q, i) =>
    initialQuestions.row.parse({
      question_id: q.id,
      section: q.section,
      group_id: groupOf(q.id),
      topic: q.topic,
      articles: q.articles.join(', '),
      covers: q.covers ?? null,
      text_en: q.text.en,
      text_fr: q.text.fr,
      text_es: q.text.es,
      wording: q.wording,
      translation: q.translation,
      sort_order: i + 1,
    }),
  );
}
