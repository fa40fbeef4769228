import { describe, expect, it } from 'vitest';
import { defaultFlowsState, parseFlowsQuery, serializeFlowsState } from '../../src/queries/flowsState.ts';
import { parseRegisterQuery } from '../../src/queries/registerState.ts';
import { flowsEmbedHref, flowsHref, registerHref } from '../../src/links/flows.ts';

describe('flows state in the URL', () => {
  it('round-trips every setting, with the selected flow', () => {
    const q = 'source=uk-siel-caat&reported_by=export&basis=refused&measure=facts&year_from=2010&year_to=2012&category=ML:ML10&att_category=IV&top=5&flow=GBR>-';
    const { state, problems } = parseFlowsQuery(q);
    expect(problems).toEqual([]);
    expect(state).toMatchObject({
      source: 'uk-siel-caat',
      basis: 'refused',
      measure: 'facts',
      currency: null,
      yearFrom: 2010,
      category: { scheme: 'ML', code: 'ML10' },
      attCategory: 'IV',
      top: 5,
      flow: { exporter: 'GBR', importer: null },
    });
    expect(serializeFlowsState(state)).toBe(q);
  });

  it('reports bad values and keeps the defaults for them', () => {
    const { state, problems } = parseFlowsQuery('basis=given&top=7&flow=DEU>France&year_from=20x0');
    expect(problems.map((p) => p.key)).toEqual(['basis', 'year_from', 'top', 'flow']);
    expect(state).toEqual(defaultFlowsState());
  });

  it('asks for a currency with values: without one it counts facts instead and says so', () => {
    const { state, problems } = parseFlowsQuery('measure=value', defaultFlowsState('x', null));
    expect(state.measure).toBe('facts');
    expect(problems).toEqual([{ key: 'currency', value: '' }]);
  });

  it('builds permalinks through the same serializer', () => {
    expect(flowsHref('fr', defaultFlowsState())).toBe('/fr/flows?source=eu-coarm-okfn&reported_by=export&basis=authorized&measure=value&currency=EUR');
    expect(flowsEmbedHref('en', { ...defaultFlowsState(), flow: { exporter: 'FRA', importer: 'SAU' } })).toBe('/en/embed/flows?source=eu-coarm-okfn&reported_by=export&basis=authorized&measure=value&currency=EUR');
    expect(registerHref('es', { ...parseRegisterQuery('').state, supplier: 'DEU', page: 3 })).toBe('/es/register?supplier=DEU&page=3');
  });
});
