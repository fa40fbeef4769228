/** The register's filters: supplier, recipient, years, category (own scheme or ATT) and source. */
import { t, type Lang } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { defaultRegisterState, type RegisterState } from '../queries/registerState.ts';
import { ATT_CATEGORIES, type AttCategory } from '../schema/index.ts';
import { attCategoryLabel } from '../ui/labels.ts';

interface Props {
  lang: Lang;
  options: ExploreOptions;
  state: RegisterState;
  onChange: (s: RegisterState) => void;
}

export function RegisterForm({ lang, options, state, onChange }: Props) {
  const s = (k: keyof typeof strings) => t(lang, strings, k);
  const years: number[] = [];
  for (let y = options.yearMin ?? 0; options.yearMin !== null && options.yearMax !== null && y <= options.yearMax; y++) years.push(y);
  const num = (v: string) => (v === '' ? null : Number(v));
  const set = (patch: Partial<RegisterState>) => onChange({ ...state, ...patch });
  const stateSelect = (key: 'supplier' | 'recipient') => (
    <label>
      {s(key === 'supplier' ? 'colSupplier' : 'colRecipient')}
      <select name={key} value={state[key] ?? ''} onChange={(e) => set({ [key]: e.target.value || null })}>
        <option value="">{s('anyState')}</option>
        {options.states.map((x) => (
          <option key={x.iso3} value={x.iso3}>
            {x.name}
          </option>
        ))}
      </select>
    </label>
  );
  const yearSelect = (key: 'yearFrom' | 'yearTo') => (
    <label>
      {s(key)}
      <select name={key === 'yearFrom' ? 'year_from' : 'year_to'} value={state[key] ?? ''} onChange={(e) => set({ [key]: num(e.target.value) })}>
        <option value="">{s('anyYear')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="register-form" aria-labelledby="register-form-heading" onSubmit={(e) => e.preventDefault()}>
      <h2 id="register-form-heading">{s('registerFiltersHeading')}</h2>
      <div className="explore-main-controls">
        {stateSelect('supplier')}
        {stateSelect('recipient')}
        {yearSelect('yearFrom')}
        {yearSelect('yearTo')}
      </div>
      <div className="explore-main-controls">
        <label>
          {s('category')}
          <select
            name="category"
            value={state.category ? `${state.category.scheme}:${state.category.code}` : ''}
            onChange={(e) => {
              const [scheme, ...code] = e.target.value.split(':');
              set({ category: e.target.value ? { scheme: scheme!, code: code.join(':') } : null });
            }}
          >
            <option value="">{s('all')}</option>
            {options.categories.map((c) => (
              <option key={`${c.scheme}:${c.code}`} value={`${c.scheme}:${c.code}`}>
                {`${c.scheme} ${c.code}${c.label ? ` — ${c.label}` : ''}`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s('attCategory')}
          <select name="att_category" value={state.attCategory ?? ''} onChange={(e) => set({ attCategory: (e.target.value || null) as AttCategory | null })}>
            <option value="">{s('all')}</option>
            {ATT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {attCategoryLabel(lang, c)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {s('source')}
          <select name="source" value={state.source ?? ''} onChange={(e) => set({ source: e.target.value || null })}>
            <option value="">{s('anySource')}</option>
            {options.sources.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button-secondary" onClick={() => onChange(defaultRegisterState())}>
          {s('reset')}
        </button>
      </div>
    </form>
  );
}
