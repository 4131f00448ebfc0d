// Work that can wait for the first picture: run when the page is idle (or soon, where the browser
// has no idle callbacks, as Safari and Node).
export function whenIdle(work: () => void): void {
  if (typeof globalThis.requestIdleCallback === 'function') globalThis.requestIdleCallback(() => work(), { timeout: 1000 });
  else setTimeout(work, 1);
}
