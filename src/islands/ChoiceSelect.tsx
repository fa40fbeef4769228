/**
 * A labelled select of fixed choices, the control every filter of the flows and register forms is:
 * an optional first "any" choice (empty value, read as null), choices that may be disabled where the
 * data has nothing for them.
 */
export interface Choice {
  value: string | number;
  text: string;
  disabled?: boolean;
}

interface Props {
  label: string;
  /** The form field's name, which the e2e tests and the URL keys go by. */
  name: string;
  value: string | number | null;
  choices: readonly Choice[];
  /** Text of the empty first choice; no such choice without it. */
  any?: string;
  /** The chosen value, '' for the empty choice. */
  onChange: (value: string) => void;
}

export function ChoiceSelect({ label, name, value, choices, any, onChange }: Props) {
  return (
    <label>
      {label}
      <select name={name} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {any !== undefined && <option value="">{any}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value} disabled={c.disabled}>
            {c.text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The choices of a year range select: every year of the span, none when there is no span. */
export function yearChoices(from: number | null | undefined, to: number | null | undefined): Choice[] {
  const out: Choice[] = [];
  if (from === null || from === undefined || to === null || to === undefined) return out;
  for (let y = from; y <= to; y++) out.push({ value: y, text: String(y) });
  return out;
}
