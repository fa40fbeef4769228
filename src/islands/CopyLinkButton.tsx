/**
 * "Copy the link" of a view whose state is in the address: copies the page's URL and says so in a
 * status line. A view resets it (key) when its state changes, so "copied" never names an older link.
 */
import { useState } from 'react';

export function CopyLinkButton({ label, copiedLabel, disabled }: { label: string; copiedLabel: string; disabled?: boolean }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      // No clipboard (permission refused, insecure context): the address bar still holds the link.
      setCopied(false);
    }
  };
  return (
    <>
      <button type="button" className="button-secondary" onClick={() => void copy()} disabled={disabled}>
        {label}
      </button>
      <span role="status" className="small muted">
        {copied ? ` ${copiedLabel}` : ''}
      </span>
    </>
  );
}
