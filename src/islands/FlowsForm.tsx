/** The flows view's choices: source, reporting side, basis, figure and currency, years, category, top. */
import { t, type Lang } from '../i18n/index.ts';
import { flows as strings } from '../i18n/strings/flows.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import { readYear } from '../queries/filterParams.ts';
import { FLOW_MEASURES, TOP_CHOICES, type FlowsState } from '../queries/flowsState.ts';
import { BASES, DIRECTIONS, type Basis, type Direction } from '../schema/index.ts';
import { basisLabel } from '../ui/labels.ts';
import { CategoryFilter } from './CategoryFilter.tsx';
import { ChoiceSelect, yearChoices } from './ChoiceSelect.tsx';

interface Props {
  lang: Lang;
  options: ExploreOptions;
  state: FlowsState;
  onChange: (s: FlowsState) => void;
}

export function FlowsForm({ lang, options, state, onChange }: Props) {
  const s = (k: keyof typeof strings) => t(lang, strings, k);
  const source = options.sources.find((x) => x.id === state.source);
  const years = yearChoices(source?.yearMin, source?.yearMax);
  const cover = options.coverage.filter((c) => c.source === state.source);
  const has = (pred: (c: (typeof cover)[number]) => boolean) => cover.some(pred);
  // A change of choice clears the selected flow: its facts would belong to other choices.
  const set = (patch: Partial<FlowsState>) => onChange({ ...state, flow: null, ...patch });
  const setSource = (id: string) => {
    const src = options.sources.find((x) => x.id === id);
    const currency = src?.currencies[0] ?? null;
    const c = options.coverage.filter((x) => x.source === id);
    const reportedBy: Direction = c.some((x) => x.direction === state.reportedBy) ? state.reportedBy : (c[0]?.direction ?? 'export');
    const basis: Basis = c.some((x) => x.basis === state.basis && x.direction === reportedBy) ? state.basis : (c.find((x) => x.direction === reportedBy)?.basis ?? 'authorized');
    set({ source: id, currency, measure: currency ? 'value' : 'items', reportedBy, basis, yearFrom: null, yearTo: null, category: null });
  };
  const setMeasure = (measure: FlowsState['measure']) => set({ measure, currency: measure === 'value' ? (state.currency ?? source?.currencies[0] ?? null) : null });
  return (
    <form className="flows-form" aria-labelledby="flows-form-heading" onSubmit={(e) => e.preventDefault()}>
      <h2 id="flows-form-heading">{s('filtersHeading')}</h2>
      <div className="explore-main-controls">
        <ChoiceSelect label={s('source')} name="source" value={state.source} choices={options.sources.map((x) => ({ value: x.id, text: x.title }))} onChange={setSource} />
        <ChoiceSelect
          label={s('reportedBy')}
          name="reported_by"
          value={state.reportedBy}
          choices={DIRECTIONS.map((d) => ({ value: d, text: s(`reportedBy_${d}`), disabled: !has((c) => c.direction === d) }))}
          onChange={(v) => set({ reportedBy: v as Direction })}
        />
        <ChoiceSelect
          label={s('basis')}
          name="basis"
          value={state.basis}
          choices={BASES.map((b) => ({ value: b, text: basisLabel(lang, b), disabled: !has((c) => c.basis === b && c.direction === state.reportedBy) }))}
          onChange={(v) => set({ basis: v as Basis })}
        />
        <ChoiceSelect
          label={s('measure')}
          name="measure"
          value={state.measure}
          choices={FLOW_MEASURES.map((m) => ({ value: m, text: s(`measure_${m}`), disabled: m !== 'facts' && !has((c) => c.direction === state.reportedBy && c.basis === state.basis && c[m] > 0) }))}
          onChange={(v) => setMeasure(v as FlowsState['measure'])}
        />
        {state.measure === 'value' && (
          <ChoiceSelect label={s('currency')} name="currency" value={state.currency} choices={(source?.currencies ?? []).map((c) => ({ value: c, text: c }))} onChange={(v) => set({ currency: v })} />
        )}
      </div>
      <div className="explore-main-controls">
        <ChoiceSelect label={s('yearFrom')} name="year_from" value={state.yearFrom} any={s('anyYear')} choices={years} onChange={(v) => set({ yearFrom: readYear(v) })} />
        <ChoiceSelect label={s('yearTo')} name="year_to" value={state.yearTo} any={s('anyYear')} choices={years} onChange={(v) => set({ yearTo: readYear(v) })} />
        <CategoryFilter lang={lang} options={options} source={state.source} value={state} onChange={set} />
        <ChoiceSelect label={s('top')} name="top" value={state.top} choices={TOP_CHOICES.map((n) => ({ value: n, text: String(n) }))} onChange={(v) => onChange({ ...state, top: Number(v) })} />
      </div>
    </form>
  );
}
