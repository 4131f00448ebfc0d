// Where keyboard focus lands when the start screen closes. The places are parts of the explorer the
// start screen does not own, found by the hooks they already publish (the timeline's focusable plot,
// the list the skip link points at, the briefing panel's title field, the presenter's region), not by
// their inner layout.

/** The timeline, where arrow keys step through events; the list if the timeline is not there. */
export function focusExplorer(): void {
  const target = document.querySelector<HTMLElement>('[data-testid="timeline-plot"]') ?? document.getElementById('event-list');
  target?.focus();
}

/** The briefing panel just opened with a shipped briefing: its title, which names what was opened. */
export function focusBriefingPanel(): void {
  const target = document.querySelector<HTMLElement>('[data-testid="briefing-panel"] [data-testid="briefing-title"]');
  if (target) target.focus();
  else focusExplorer();
}

/**
 * Presenting began from the start screen: its first working control (Next, on step 1), so Enter and
 * Tab carry on from the caption bar rather than from a ring round the timeline on the projector.
 */
export function focusPresenter(): void {
  const target = document.querySelector<HTMLElement>('[data-testid="presenter"] button:not(:disabled)');
  if (target) target.focus();
  else focusExplorer();
}
