// Pure helpers of presenting: which key does what, and the in-between windows of an animated move
// from one step's window to the next. Kept free of the DOM so they are tested in Node.

export type PresenterAction = 'next' | 'prev' | 'first' | 'last' | 'exit';

/** Presentation clickers send arrows, Page Up/Down and space. Enter is left to the focused button. */
export function keyAction(key: string, shift = false): PresenterAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/** Smooth start and stop. */
export const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);

/**
 * The window at fraction f ∈ [0, 1] of a move from `a` to `b` (null = the whole `domain`). The span
 * moves geometrically, so zooming in from years to days does not spend the whole move at year scale.
 */
export function windowAt(
  a: [number, number] | null,
  b: [number, number] | null,
  f: number,
  domain: readonly [number, number],
): [number, number] {
  const [a0, a1] = a ?? domain;
  const [b0, b1] = b ?? domain;
  const sa = Math.max(1, a1 - a0);
  const sb = Math.max(1, b1 - b0);
  const span = sa * (sb / sa) ** f;
  // The centre keeps pace with the span, so the target stays in sight while zooming.
  const g = sa === sb ? f : (span - sa) / (sb - sa);
  const mid = (a0 + a1) / 2 + ((b0 + b1) / 2 - (a0 + a1) / 2) * g;
  return [Math.round(mid - span / 2), Math.round(mid + span / 2)];
}

/**
 * Animates `write` from window a to b over `ms` with requestAnimationFrame; ends with b exactly.
 * Returns a cancel function. With ms ≤ 0 (reduced motion) it writes b at once.
 */
export function tweenWindow(
  a: [number, number] | null,
  b: [number, number] | null,
  ms: number,
  domain: readonly [number, number],
  write: (w: [number, number] | null) => void,
): () => void {
  if (ms <= 0 || (a && b && a[0] === b[0] && a[1] === b[1]) || (!a && !b)) {
    write(b);
    return () => {};
  }
  let raf = 0;
  const started = performance.now();
  const step = (now: number) => {
    const f = Math.min(1, (now - started) / ms);
    if (f >= 1) return write(b);
    write(windowAt(a, b, easeInOut(f), domain));
    raf = requestAnimationFrame(step);
  };
  raf = requestAnimationFrame(step);
  return () => cancelAnimationFrame(raf);
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
