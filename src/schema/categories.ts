import { col, defineTable, type RowOf } from './columns.ts';
import { ATT_CATEGORIES, ATT_MATCHES, CATEGORY_SCHEMES } from './codes.ts';

/** Category reference: ATT I–VIII with SALW sub-categories, EU Military List ML1–ML22, UN Register I–VII, and the crosswalk to ATT. */
export const categories = defineTable({
  name: 'categories',
  description: {
    en: 'Categories of every scheme used in the data, with labels in three languages and the crosswalk to the ATT Art. 2(1) categories (exact, approximate or none).',
    fr: 'Catégories de chaque nomenclature utilisée, avec leurs libellés en trois langues et la correspondance avec les catégories de l’art. 2(1) du TCA (exacte, approximative ou aucune).',
    es: 'Categorías de cada nomenclatura utilizada, con sus etiquetas en tres idiomas y la correspondencia con las categorías del art. 2(1) del TCA (exacta, aproximada o ninguna).',
  },
  sortBy: ['scheme', 'sort_order'],
  columns: {
    scheme: col.code(CATEGORY_SCHEMES, {
      description: {
        en: 'Scheme: ATT, ML (EU Military List), UK (other UK ratings), CH_KM (Swiss war-material categories) or UNROCA (UN Register of Conventional Arms).',
        fr: 'Nomenclature : ATT (TCA), ML (Liste militaire de l’UE), UK (autres classements britanniques), CH_KM (catégories suisses de matériel de guerre) ou UNROCA (Registre des armes classiques de l’ONU).',
        es: 'Nomenclatura: ATT (TCA), ML (Lista Militar de la UE), UK (otras clasificaciones británicas), CH_KM (categorías suizas de material de guerra) o UNROCA (Registro de Armas Convencionales de la ONU).',
      },
    }),
    code: col.text({
      kind: 'id',
      description: { en: 'Code within the scheme (e.g. IV, VIII.a, ML10).', fr: 'Code dans la nomenclature (p. ex. IV, VIII.a, ML10).', es: 'Código dentro de la nomenclatura (p. ej. IV, VIII.a, ML10).' },
    }),
    parent_code: col.textOrNull({
      kind: 'dimension',
      description: {
        en: 'Parent code for sub-categories (e.g. VIII for VIII.a).',
        fr: 'Code parent des sous-catégories (p. ex. VIII pour VIII.a).',
        es: 'Código superior de las subcategorías (p. ej. VIII para VIII.a).',
      },
    }),
    label_en: col.text({ kind: 'text', description: { en: 'Label in English.', fr: 'Libellé en anglais.', es: 'Etiqueta en inglés.' } }),
    label_fr: col.text({ kind: 'text', description: { en: 'Label in French.', fr: 'Libellé en français.', es: 'Etiqueta en francés.' } }),
    label_es: col.text({ kind: 'text', description: { en: 'Label in Spanish.', fr: 'Libellé en espagnol.', es: 'Etiqueta en español.' } }),
    att_category: col.codeOrNull(ATT_CATEGORIES, { description: { en: 'ATT category this code maps to.', fr: 'Catégorie du TCA correspondante.', es: 'Categoría del TCA correspondiente.' } }),
    att_match: col.code(ATT_MATCHES, { description: { en: 'exact, approximate or none.', fr: 'exacte, approximative ou aucune.', es: 'exacta, aproximada o ninguna.' } }),
    crosswalk_note: col.textOrNull({ description: { en: 'Why the code maps as it does (English).', fr: 'Justification de la correspondance (en anglais).', es: 'Justificación de la correspondencia (en inglés).' } }),
    sort_order: col.int({ kind: 'dimension', description: { en: 'Display order within the scheme.', fr: 'Ordre d’affichage dans la nomenclature.', es: 'Orden de presentación en la nomenclatura.' } }),
  },
});

export type CategoryRow = RowOf<typeof categories>;
