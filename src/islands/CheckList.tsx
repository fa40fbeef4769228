/**
 * A list of checkboxes for a multi-valued filter, with a search box when the list is long and the
 * selected values first. Native inputs: Tab moves between them, Space toggles, no custom widget.
 * A long list is folded behind its search box: only the selected values and the matches of what is
 * typed are shown (a "show all" button lists the rest), so the keyboard does not walk through
 * hundreds of States to reach the result.
 */
import { useId, useMemo, useState } from 'react';

export interface CheckOption {
  value: string;
  label: string;
}

interface Props {
  legend: string;
  options: readonly CheckOption[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  searchLabel: string;
  clearLabel: string;
  countLabel: (n: number) => string;
  /** Label of the button that unfolds a long list, e.g. "Show all 192". */
  showAllLabel?: (n: number) => string;
  hideAllLabel?: string;
  /** Lists longer than this get a search box and a scrolling box. */
  searchFrom?: number;
}

export function CheckList({ legend, options, selected, onChange, searchLabel, clearLabel, countLabel, showAllLabel, hideAllLabel, searchFrom = 10 }: Props) {
  const id = useId();
  const [needle, setNeedle] = useState('');
  const [unfolded, setUnfolded] = useState(false);
  const chosen = useMemo(() => new Set(selected), [selected]);
  const visible = useMemo(() => {
    const n = needle.trim().toLocaleLowerCase();
    const match = (o: CheckOption) => !n || o.label.toLocaleLowerCase().includes(n) || o.value.toLocaleLowerCase().includes(n);
    return [...options.filter((o) => chosen.has(o.value)), ...options.filter((o) => !chosen.has(o.value) && match(o))];
  }, [options, chosen, needle]);
  const toggle = (v: string) => onChange(chosen.has(v) ? selected.filter((s) => s !== v) : [...selected, v]);
  const long = options.length > searchFrom;
  const folded = long && !unfolded && !needle.trim() && showAllLabel !== undefined;
  const shown = folded ? visible.filter((o) => chosen.has(o.value)) : visible;
  return (
    <fieldset className="checklist">
      <legend>
        {legend}
        {selected.length > 0 && <span className="checklist-count"> ({countLabel(selected.length)})</span>}
      </legend>
      {long && <input type="search" className="checklist-search" aria-label={searchLabel} placeholder={searchLabel} value={needle} onChange={(e) => setNeedle(e.target.value)} />}
      {long && showAllLabel && !needle.trim() && (
        <button type="button" className="link-button checklist-unfold" aria-expanded={!folded} aria-controls={`${id}-options`} onClick={() => setUnfolded(!unfolded)}>
          {folded ? showAllLabel(options.length) : (hideAllLabel ?? '')}
        </button>
      )}
      <div id={`${id}-options`} className={long ? 'checklist-options is-long' : 'checklist-options'}>
        {shown.map((o) => (
          <label key={o.value} className="checklist-option">
            <input type="checkbox" name={`${id}-opt`} value={o.value} checked={chosen.has(o.value)} onChange={() => toggle(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {selected.length > 0 && (
        <button type="button" className="link-button" onClick={() => onChange([])}>
          {clearLabel}
        </button>
      )}
    </fieldset>
  );
}
