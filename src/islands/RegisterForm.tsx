/** The register's filters: supplier, recipient, years, category (own scheme or ATT) and source. */
import { t, type Lang } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { categoryParam, readYear } from '../queries/filterParams.ts';
import { defaultRegisterState, type RegisterState } from '../queries/registerState.ts';
import { CategoryFilter, categoriesOf } from './CategoryFilter.tsx';
import { ChoiceSelect, yearChoices } from './ChoiceSelect.tsx';

interface Props {
  lang: Lang;
  options: ExploreOptions;
  state: RegisterState;
  onChange: (s: RegisterState) => void;
}

export function RegisterForm({ lang, options, state, onChange }: Props) {
  const s = (k: keyof typeof strings) => t(lang, strings, k);
  const years = yearChoices(options.yearMin, options.yearMax);
  const states = options.states.map((x) => ({ value: x.iso3, text: x.name }));
  const set = (patch: Partial<RegisterState>) => onChange({ ...state, ...patch });
  // A category the new source does not use would leave the register empty: it is let go.
  const setSource = (source: string | null) => {
    const keep = state.category && categoriesOf(options, source).some((c) => categoryParam(c) === categoryParam(state.category!));
    set({ source, category: keep ? state.category : null });
  };
  return (
    <form className="register-form" aria-labelledby="register-form-heading" onSubmit={(e) => e.preventDefault()}>
      <h2 id="register-form-heading">{s('registerFiltersHeading')}</h2>
      <div className="explore-main-controls">
        <ChoiceSelect label={s('colSupplier')} name="supplier" value={state.supplier} any={s('anyState')} choices={states} onChange={(v) => set({ supplier: v || null })} />
        <ChoiceSelect label={s('colRecipient')} name="recipient" value={state.recipient} any={s('anyState')} choices={states} onChange={(v) => set({ recipient: v || null })} />
        <ChoiceSelect label={s('yearFrom')} name="year_from" value={state.yearFrom} any={s('anyYear')} choices={years} onChange={(v) => set({ yearFrom: readYear(v) })} />
        <ChoiceSelect label={s('yearTo')} name="year_to" value={state.yearTo} any={s('anyYear')} choices={years} onChange={(v) => set({ yearTo: readYear(v) })} />
      </div>
      <div className="explore-main-controls">
        <CategoryFilter lang={lang} options={options} source={state.source} value={state} onChange={set} />
        <ChoiceSelect label={s('source')} name="source" value={state.source} any={s('anySource')} choices={options.sources.map((x) => ({ value: x.id, text: x.title }))} onChange={(v) => setSource(v || null)} />
        <button type="button" className="button-secondary" onClick={() => onChange(defaultRegisterState())}>
          {s('reset')}
        </button>
      </div>
    </form>
  );
}
