/**
 * A list of checkboxes for a multi-valued filter, with a search box when the list is long and the
 * selected values first. Native inputs: Tab moves between them, Space toggles, no custom widget.
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
  /** Lists longer than this get a search box and a scrolling box. */
  searchFrom?: number;
}

export function CheckList({ legend, options, selected, onChange, searchLabel, clearLabel, countLabel, searchFrom = 10 }: Props) {
  const id = useId();
  const [needle, setNeedle] = useState('');
  const chosen = useMemo(() => new Set(selected), [selected]);
  const visible = useMemo(() => {
    const n = needle.trim().toLocaleLowerCase();
    const match = (o: CheckOption) => !n || o.label.toLocaleLowerCase().includes(n) || o.value.toLocaleLowerCase().includes(n);
    return [...options.filter((o) => chosen.has(o.value)), ...options.filter((o) => !chosen.has(o.value) && match(o))];
  }, [options, chosen, needle]);
  const toggle = (v: string) => onChange(chosen.has(v) ? selected.filter((s) => s !== v) : [...selected, v]);
  const long = options.length > searchFrom;
  return (
    <fieldset className="checklist">
      <legend>
        {legend}
        {selected.length > 0 && <span className="checklist-count"> ({countLabel(selected.length)})</span>}
      </legend>
      {long && (
        <input type="search" className="checklist-search" aria-label={searchLabel} placeholder={searchLabel} value={needle} onChange={(e) => setNeedle(e.target.value)} />
      )}
      <div className={long ? 'checklist-options is-long' : 'checklist-options'}>
        {visible.map((o) => (
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
