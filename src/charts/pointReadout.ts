/**
 * Hover and keyboard access to a chart's figures. Every mark our charts draw carries a <title>
 * ("Germany, 2010: 1,234 EUR"); this makes each drawing focusable, moves a highlight over its
 * marks with the arrow keys (Home, End) or the pointer, and writes the mark's title into a live
 * region (read by screen readers) and a tooltip. The tooltip is placed through CSSOM
 * (`element.style.left`), which the site's Content-Security-Policy allows, unlike `style=""`.
 * Works on drawings made in the browser (Explore, SQL) and on build-time SVG alike.
 */

const MARKS = 'circle, rect, path';
const ACTIVE = 'is-active-mark';

/** The marks of a drawing that name a figure, in drawing order. */
export function titledMarks(svg: Element): Element[] {
  return [...svg.querySelectorAll(MARKS)].filter((m) => {
    const t = m.querySelector(':scope > title');
    return t !== null && (t.textContent ?? '') !== '';
  });
}

export function markText(mark: Element): string {
  return mark.querySelector(':scope > title')?.textContent ?? '';
}

export interface ReadoutParts {
  /** Holds the drawings (one <svg>, or several for small multiples); the tooltip is placed inside it. */
  box: HTMLElement;
  /** aria-live region that receives the text of the active mark. */
  live: HTMLElement;
  /** Floating label next to the active mark. */
  tip: HTMLElement;
  /** Accessible name of each drawing's keyboard stop (e.g. the chart title). */
  label?: string;
}

/** Wires every drawing in `box`; returns a function that removes the listeners. */
export function attachReadout({ box, live, tip, label }: ReadoutParts): () => void {
  const undo: (() => void)[] = [];
  for (const svg of box.querySelectorAll<SVGSVGElement>('svg')) {
    const marks = titledMarks(svg);
    if (!marks.length) continue;
    let index = -1;
    svg.setAttribute('tabindex', '0');
    if (label && !svg.getAttribute('aria-label')) svg.setAttribute('aria-label', label);
    const show = (i: number) => {
      marks[index]?.classList.remove(ACTIVE);
      index = i;
      const mark = marks[i]!;
      mark.classList.add(ACTIVE);
      const text = markText(mark);
      live.textContent = text;
      tip.textContent = text;
      tip.hidden = false;
      const m = mark.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      // CSSOM, not a style attribute: allowed by style-src 'self'.
      // Centred over the mark, kept inside the chart's box (the tooltip is centred by a CSS transform).
      const half = tip.offsetWidth / 2;
      tip.style.left = `${Math.round(Math.min(Math.max(half, m.left + m.width / 2 - b.left), Math.max(half, b.width - half)))}px`;
      tip.style.top = `${Math.round(Math.max(0, m.top - b.top))}px`;
    };
    const hide = () => {
      marks[index]?.classList.remove(ACTIVE);
      tip.hidden = true;
    };
    const onKey = (e: KeyboardEvent) => {
      const last = marks.length - 1;
      const next =
        e.key === 'ArrowRight' || e.key === 'ArrowDown'
          ? Math.min(last, index + 1)
          : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
            ? Math.max(0, index < 0 ? 0 : index - 1)
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? last
                : e.key === 'Escape'
                  ? -1
                  : undefined;
      if (next === undefined) return;
      e.preventDefault();
      if (next < 0) hide();
      else show(next);
    };
    const onMove = (e: PointerEvent) => {
      let best = -1;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const [i, m] of marks.entries()) {
        const r = m.getBoundingClientRect();
        // Distance to the mark's box (0 inside it), so a wide bar is found anywhere over it.
        const dx = Math.max(r.left - e.clientX, 0, e.clientX - r.right);
        const dy = Math.max(r.top - e.clientY, 0, e.clientY - r.bottom);
        const d = dx * dx + dy * dy;
        if (d < bestDistance) (best = i), (bestDistance = d);
      }
      if (best >= 0 && best !== index) show(best);
    };
    svg.addEventListener('keydown', onKey);
    svg.addEventListener('pointermove', onMove);
    svg.addEventListener('pointerleave', hide);
    svg.addEventListener('blur', hide);
    undo.push(() => {
      svg.removeEventListener('keydown', onKey);
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerleave', hide);
      svg.removeEventListener('blur', hide);
    });
  }
  return () => {
    for (const u of undo) u();
  };
}
