// How a place looks on the map: area grows with its event count (so a square-root radius), and
// the kind decides the shape — a town is a dot, a region or area a dashed disc, a country a square
// outline (a country is not a pinpoint), a sea a dotted ring.

const MIN = 12;
const MAX = 40;

export function markerSize(count: number): number {
  return Math.round(Math.min(MAX, MIN + 5 * Math.sqrt(Math.max(0, count - 1))));
}

const SHAPED_KINDS = new Set(['region', 'area', 'country', 'sea']);

export function markerClass(kind: string, highlighted: boolean, selected: boolean): string {
  const shape = SHAPED_KINDS.has(kind) ? kind : 'point';
  return ['place-marker', `kind-${shape}`, highlighted ? 'is-highlighted' : '', selected ? 'is-selected' : '']
    .filter(Boolean)
    .join(' ');
}
