/**
 * A text field for a decimal number written in the page's language ("1,5" in French and Spanish).
 * What the reader types stays as typed while they edit (so "1," is not rewritten to "1" under their
 * cursor); each keystroke that makes a number reports it, and leaving the field shows the value in
 * the language's style again. Used instead of <input type="number">, which follows the browser's
 * locale and shows "1.5" on a French page.
 */
import { type InputHTMLAttributes, useState } from 'react';
import type { Lang } from '../i18n/index.ts';
import { formatDecimal, parseDecimal } from '../ui/decimal.ts';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'> {
  lang: Lang;
  value: number;
  min: number;
  max: number;
  onValue: (v: number) => void;
}

export function DecimalInput({ lang, value, min, max, onValue, onBlur, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft === null ? null : parseDecimal(lang, draft);
  const invalid = draft !== null && (typed === null || typed < min || typed > max);
  return (
    <input
      {...rest}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={draft ?? formatDecimal(lang, value)}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        setDraft(e.target.value);
        const v = parseDecimal(lang, e.target.value);
        if (v !== null && v >= min && v <= max) onValue(v);
      }}
      onBlur={(e) => {
        setDraft(null);
        onBlur?.(e);
      }}
    />
  );
}
