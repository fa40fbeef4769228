/**
 * Explore's map view: one map per panel of the result (currency, and basis or direction where the
 * result keeps them apart), or, when the result is not grouped by one State dimension alone, a note
 * with a button that regroups it so it can be mapped.
 */
import { useMemo } from 'react';
import { mapDimension, mapPanels, type MapDimension } from '../charts/exploreMapData.ts';
import { mapModel } from '../charts/mapModel.ts';
import type { Row } from '../db/results.ts';
import { formatCompact, formatNumber, localePath, t, type Lang } from '../i18n/index.ts';
import { explore } from '../i18n/strings/explore.ts';
import { map as mapStrings } from '../i18n/strings/map.ts';
import type { Dimension, ExploreState } from '../queries/exploreState.ts';
import { exploreChartInput, type Labeller } from './exploreFormat.ts';
import { ExploreMap } from './ExploreMap.tsx';

interface Props {
  lang: Lang;
  labels: Labeller;
  state: ExploreState;
  rows: Row[];
  caption: string;
  fileBase: string;
  /** Regroups the result so it can be mapped. */
  onGroup: (group: Dimension[]) => void;
}

export function ExploreMapView({ lang, labels, state, rows, caption, fileBase, onGroup }: Props) {
  const m = (k: keyof typeof mapStrings, v?: Record<string, string | number>) => t(lang, mapStrings, k, v);
  const s = (k: keyof typeof explore, v?: Record<string, string | number>) => t(lang, explore, k, v);
  const dimension = mapDimension(state);
  const panels = useMemo(() => {
    if (!dimension) return [];
    const input = exploreChartInput(state, rows, labels);
    return mapPanels(rows, { dimension, measure: state.measure, panel: input.panel, currency: input.currency });
  }, [dimension, state, rows, labels]);
  if (!dimension) {
    const offer: MapDimension[] = state.group.includes('reporter') && !state.group.includes('partner') ? ['reporter'] : ['partner', 'reporter'];
    return (
      <div className="note explore-map-note">
        <p>{m('needsStateGroup')}</p>
        <p>
          {offer.map((d) => (
            <button key={d} type="button" className="button-secondary" data-map-group={d} onClick={() => onGroup([d])}>
              {m(d === 'partner' ? 'groupByPartner' : 'groupByReporter')}
            </button>
          ))}
        </p>
      </div>
    );
  }
  const column = `${dimension}_iso3`;
  const name = (iso3: string) => labels.cell(column, iso3);
  return (
    <div className={panels.length > 1 ? 'chart-grid' : undefined}>
      {panels.map((p, i) => {
        const unit = labels.unit(state.measure, p.currency);
        const measure = labels.measure(state.measure);
        const describe = (iso3: string, v: number | null) => (v === null ? m('stateNoData', { state: name(iso3) }) : m('stateValue', { state: name(iso3), value: `${formatNumber(lang, v)} ${unit}` }));
        const model = mapModel(p.data, { unit, format: (v) => formatCompact(lang, v), zeroLabel: m('zero'), noDataLabel: m('noData') });
        const top = model.fills[0];
        const title = p.key ? s('chartPanelTitle', { title: caption, currency: p.key }) : caption;
        return (
          <ExploreMap
            key={`${p.key}-${i}`}
            id={`explore-map-${i}`}
            lang={lang}
            model={model}
            title={title}
            meta={[s('chartUnit', { unit }), s('chartSource', { source: labels.sourceTitles(state.source, p.currency) })]}
            alt={m('alt', { measure, unit, dimension: labels.dimension(dimension), count: model.fills.filter((f) => f.value !== null).length, top: top && top.value !== null ? describe(top.iso3, top.value) : '–' })}
            describe={describe}
            stateName={name}
            href={(iso3) => localePath(lang, `/countries/${iso3}`)}
            note={p.notStated !== null ? m('notStated', { value: `${formatNumber(lang, p.notStated)} ${unit}` }) : undefined}
            fileBase={`${fileBase}-map${panels.length > 1 ? `-${p.key || i + 1}` : ''}`}
          />
        );
      })}
    </div>
  );
}
