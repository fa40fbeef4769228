/**
 * The barometer's address settings that were not understood (`w=` parts with an unknown criterion
 * or points outside 0–100, a `year` with no scores), reported like Explore's (ParamNotice), so a
 * reader knows the ranking shown is not the one the link asked for.
 */
import { DEFAULT_WEIGHTS } from './barometer.ts';
import type { ParamProblem } from './exploreState.ts';

export function barometerParamProblems(search: string, years: readonly number[]): ParamProblem[] {
  const q = new URLSearchParams(search);
  const problems: ParamProblem[] = [];
  const raw = q.get('w');
  if (raw)
    for (const part of raw.split(',')) {
      const [id, v] = part.split(':');
      const n = Number(v);
      const ok = id !== undefined && id in DEFAULT_WEIGHTS && v !== undefined && v.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100;
      if (!ok) problems.push({ key: 'w', value: part });
    }
  const year = q.get('year');
  if (year !== null && !years.includes(Number(year))) problems.push({ key: 'year', value: year });
  for (const key of new Set(q.keys())) if (key !== 'w' && key !== 'year') problems.push({ key, value: q.get(key) ?? '' });
  return problems;
}
