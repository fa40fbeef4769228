/**
 * How the flows view and the register read: State names, amounts with their unit, and the label
 * of a flow, in the page language. Plain functions over the build-time options.
 */
import { formatNumber, t, type Lang } from '../i18n/index.ts';
import { common } from '../i18n/strings/common.ts';
import { flows } from '../i18n/strings/flows.ts';
import type { ExploreOptions } from '../queries/exploreOptions.ts';
import type { FlowKey, FlowMeasure } from '../queries/flowsState.ts';
import { NOT_STATED, OTHERS } from '../specs/flowSankey.ts';
import { currencyUnit } from '../ui/labels.ts';

export interface FlowLabels {
  state(iso3: string | null): string;
  /** A chart node: a State, "Others" or "Not stated". */
  node(key: string): string;
  amount(n: number | null): string;
  /** An amount with its unit in words where the amount alone does not say it (items, licences, facts). */
  total(n: number): string;
  unit: string;
  flow(k: FlowKey): string;
  source(id: string): string;
}

export function flowLabels(lang: Lang, o: ExploreOptions, measure: FlowMeasure, currency: string | null): FlowLabels {
  const names = new Map(o.states.map((s) => [s.iso3, s.name]));
  const sources = new Map(o.sources.map((s) => [s.id, s.title]));
  const notStated = t(lang, common, 'notStated');
  const state = (iso3: string | null) => (iso3 === null ? notStated : (names.get(iso3) ?? iso3));
  const unit = measure === 'value' && currency ? currencyUnit(lang, currency) : t(lang, common, measure === 'items' ? 'unitItems' : measure === 'licences' ? 'unitLicences' : 'unitCount');
  return {
    state,
    node: (key) => (key === OTHERS ? t(lang, flows, 'others') : key === NOT_STATED ? notStated : state(key)),
    amount: (n) => (n === null ? '–' : `${formatNumber(lang, n)}${measure === 'value' && currency ? ` ${currency}` : ''}`),
    total: (n) => (measure === 'value' && currency ? `${formatNumber(lang, n)} ${currency}` : `${formatNumber(lang, n)} (${unit})`),
    unit,
    flow: (k) => `${state(k.exporter)} → ${state(k.importer)}`,
    source: (id) => sources.get(id) ?? id,
  };
}
