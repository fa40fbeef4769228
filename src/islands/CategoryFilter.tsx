/**
 * The category filters of the flows view and the trade register: a category in its own scheme,
 * limited to those the chosen source's facts use (all when no source is chosen), and an ATT
 * Art. 2(1) category through the crosswalk.
 */
import { t, type Lang } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { categoryParam, readAttCategory, readCategory, type FactFilters } from '../queries/filterParams.ts';
import { ATT_CATEGORIES } from '../schema/index.ts';
import { attCategoryLabel, categoryName } from '../ui/labels.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';

type CategoryFilters = Pick<FactFilters, 'category' | 'attCategory'>;

/** The categories `source` uses (all without a source, or where the page did not say which). */
export function categoriesOf(options: ExploreOptions, source: string | null): ExploreOptions['categories'] {
  const used = source === null ? undefined : options.sources.find((s) => s.id === source)?.categories;
  return used ? used.map((i) => options.categories[i]!) : options.categories;
}

interface Props {
  lang: Lang;
  options: ExploreOptions;
  source: string | null;
  value: CategoryFilters;
  /** Only the key that changed. */
  onChange: (patch: Partial<CategoryFilters>) => void;
}

export function CategoryFilter({ lang, options, source, value, onChange }: Props) {
  const s = (k: keyof typeof strings) => t(lang, strings, k);
  return (
    <>
      <ChoiceSelect
        label={s('category')}
        name="category"
        value={value.category ? categoryParam(value.category) : null}
        any={s('all')}
        choices={categoriesOf(options, source).map((c) => ({ value: categoryParam(c), text: categoryName(c.scheme, c.code, c.label) }))}
        onChange={(v) => onChange({ category: readCategory(v) })}
      />
      <ChoiceSelect
        label={s('attCategory')}
        name="att_category"
        value={value.attCategory}
        any={s('all')}
        choices={ATT_CATEGORIES.map((c) => ({ value: c, text: attCategoryLabel(lang, c) }))}
        onChange={(v) => onChange({ attCategory: readAttCategory(v) })}
      />
    </>
  );
}
