/**
 * One map of an Explore result (one currency, basis or direction): the drawing (made in the browser
 * from the site's own projected atlas, appended as DOM nodes), the legend with the unit, a line that
 * shows the State and figure under the pointer or the keyboard focus, the text alternative, and SVG
 * and PNG downloads framed like the charts'.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { mapChart, unplaced } from '../charts/mapChart.ts';
import { mapLegend, type MapModel } from '../charts/mapModel.ts';
import type { Atlas } from '../charts/worldAtlas.ts';
import { siteUrl } from '../db/dataFiles.ts';
import { t, type Lang } from '../i18n/index.ts';
import { map as mapStrings } from '../i18n/strings/map.ts';
import { ChartDownloads } from './ChartDownloads.tsx';
import './map.css';

let atlas: Promise<Atlas> | undefined;

/** The projected atlas, fetched once per page from the site itself (/map/world.json). */
function loadAtlas(): Promise<Atlas> {
  atlas ??= fetch(siteUrl('/map/world.json')).then((r) => {
    if (!r.ok) throw new Error(`map/world.json: HTTP ${r.status}`);
    return r.json() as Promise<Atlas>;
  });
  atlas.catch(() => (atlas = undefined));
  return atlas;
}

interface Props {
  id: string;
  lang: Lang;
  model: MapModel;
  title: string;
  meta: string[];
  alt: string;
  /** Name and figure of a State as the reader sees them. */
  describe: (iso3: string, value: number | null) => string;
  stateName: (iso3: string) => string;
  href: (iso3: string) => string | null;
  note?: string;
  fileBase: string;
}

export function ExploreMap({ id, lang, model, title, meta, alt, describe, stateName, href, note, fileBase }: Props) {
  const m = (k: keyof typeof mapStrings, v?: Record<string, string | number>) => t(lang, mapStrings, k, v);
  const box = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Atlas | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [readout, setReadout] = useState<string>('');
  useEffect(() => {
    let live = true;
    loadAtlas().then(
      (a) => live && setLoaded(a),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const el = box.current;
    if (!el || !loaded) return;
    const svg = mapChart(loaded, model, { document, ariaLabel: title, describe, href });
    svg.setAttribute('aria-describedby', `${id}-alt`);
    el.replaceChildren(svg);
    // Hover and keyboard focus both name the State and its figure (the shape's own label).
    const show = (e: Event) => {
      const target = (e.target as Element | null)?.closest?.('[data-iso3]');
      if (target) setReadout(target.getAttribute('aria-label') ?? '');
    };
    el.addEventListener('mouseover', show);
    el.addEventListener('focusin', show);
    return () => {
      el.removeEventListener('mouseover', show);
      el.removeEventListener('focusin', show);
    };
  }, [loaded, model, title, describe, href, id]);
  const legend = useMemo(() => mapLegend(model), [model]);
  const missing = loaded ? unplaced(loaded, model) : [];
  return (
    <figure className="chart-frame explore-map" aria-labelledby={`${id}-title`} data-map-ready={loaded ? 'true' : 'false'}>
      <figcaption>
        <h3 className="chart-title" id={`${id}-title`}>
          {title}
        </h3>
        <p className="chart-meta">{meta.join(' ')}</p>
      </figcaption>
      <ul className="chart-legend map-legend" aria-label={m('legendTitle', { unit: model.unit })}>
        {legend.map((l) => (
          <li key={l.label}>
            <svg className="swatch" aria-hidden="true">
              <rect width="99" height="99" fill={l.color} />
            </svg>{' '}
            {l.label}
          </li>
        ))}
      </ul>
      <p className="map-readout small" aria-live="polite">
        {readout || m('hoverHint')}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {m('loadError', { error })}
        </p>
      )}
      {!loaded && !error && <p className="small muted">{m('loading')}</p>}
      <div className="map-box" ref={box} />
      {note && <p className="small muted">{note}</p>}
      {missing.length > 0 && <p className="small muted">{m('unplaced', { states: missing.map(stateName).join(', ') })}</p>}
      <p className="chart-alt" id={`${id}-alt`}>
        {alt}
      </p>
      <ChartDownloads lang={lang} fileBase={fileBase} drawing={() => box.current?.querySelector('svg')} title={title} legend={legend} footer={meta} />
    </figure>
  );
}
