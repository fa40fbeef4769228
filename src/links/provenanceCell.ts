/** "file, line N" in the page language, with the link to that line of the pinned file when there is one. */
import { formatNumber, t, type Lang } from '../i18n/index.ts';
import { chartClarity } from '../i18n/strings/chartClarity.ts';
import { provenanceLink, type Pins } from './provenance.ts';

export interface LinkedText {
  text: string;
  href?: string;
  title?: string;
}

export function provenanceCell(lang: Lang, pins: Pins, sourceId: string, file: string, line: number | null): LinkedText {
  const vars = { file, line: line === null ? '–' : formatNumber(lang, line, { useGrouping: false }) };
  const link = provenanceLink(pins, sourceId, file, line);
  const text = line === null ? file : t(lang, chartClarity, link?.kind === 'row' ? 'openFileRow' : 'openLine', vars);
  if (!link) return { text };
  return { text, href: link.href, title: t(lang, chartClarity, 'openLineTitle', vars) };
}
