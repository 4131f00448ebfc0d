// The maths of a virtualised list with a fixed row height: which rows to put in the DOM for a scroll
// position, and where to scroll to bring a row into view. With fixed rows both are O(1), so a list of
// 100 000 events costs the same to scroll as one of 100; only the ~30 visible rows exist as elements.
//
// Limit: browsers cap an element's height (Firefox near 17.9 million px, Chromium near 33 million),
// so at 64 px a row the list holds about 270 000 rows before the last ones become unreachable.

export interface RowRange {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** Rows overlapping the viewport, plus `overscan` rows either side so a fast scroll shows no gap. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, count: number, overscan = 4): RowRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.floor(top / rowHeight);
  const last = Math.ceil((top + Math.max(0, viewport)) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end };
}

/**
 * The scroll position that shows row `index` whole: unchanged if it is already visible, else the row
 * is brought to the nearest edge, or centred when it is far away (a jump, so context around it helps).
 */
export function revealScrollTop(index: number, scrollTop: number, viewport: number, rowHeight: number, count: number): number {
  if (index < 0 || index >= count || viewport <= 0) return scrollTop;
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  const maxTop = Math.max(0, count * rowHeight - viewport);
  if (top >= scrollTop && bottom <= scrollTop + viewport) return scrollTop;
  const far = top < scrollTop - viewport || bottom > scrollTop + 2 * viewport;
  const next = far ? top - (viewport - rowHeight) / 2 : top < scrollTop ? top : bottom - viewport;
  return Math.round(Math.min(maxTop, Math.max(0, next)));
}

/**
 * Position of the event with sort position `order` in a list sorted by `order` (every list the views
 * show is a subsequence of the index's time order), or -1. Binary search: the list can be 100 000 long.
 */
export function positionOfOrder(list: readonly { order: number }[], order: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = list[mid]!.order;
    if (o === order) return mid;
    if (o < order) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
