/**
 * A query's failure in a result panel: a heading, the message as DuckDB gave it (preformatted, as
 * text), and a button that runs the query again where the island can.
 */
import type { ReactNode } from 'react';

interface Props {
  heading: string;
  message: string;
  retry?: { label: string; onClick: () => void };
  /** A line after the message, e.g. what became of the result that was on screen. */
  note?: ReactNode;
}

export function QueryError({ heading, message, retry, note }: Props) {
  return (
    <div className="error-box" role="alert">
      <p>
        <strong>{heading}</strong>
      </p>
      <pre className="error-text">{message}</pre>
      {note}
      {retry && (
        <button type="button" className="button-secondary" onClick={retry.onClick}>
          {retry.label}
        </button>
      )}
    </div>
  );
}
