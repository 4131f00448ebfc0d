// What each marker on the map shows, as plain data: where it is, how big, which classes, what it is
// called (bilingual), and whether it carries a permanent label. The marker layer turns these into
// DOM; keeping them plain makes the drawing testable without a browser and cheap to compare.
import { t, type Lang } from '../../lib/i18n.ts';
import type { Place } from '../../lib/schema.ts';
import type { Counted } from './cluster-input.ts';
import { nearestLon } from './map-extent.ts';
import { clusterSize, sizeFor, type Shape } from './marker-style.ts';
import type { Hit } from './place-clusters.ts';

export interface Caption {
  main: string;
  /** The name in the other language, shown smaller; empty when both are the same. */
  alt: string;
}

export interface RenderItem {
  /** `p:<place id>` or `c:<cluster id>`: what lets a marker be kept across drawings. */
  key: string;
  lat: number;
  lon: number;
  /** Diameter in px. */
  size: number;
  classes: string;
  /** Accessible name and tooltip: both names, the kind and the count. */
  label: string;
  /** Text inside the symbol: a cluster's event count. */
  text: string;
  /** A permanent label beside the symbol, for the few largest places. */
  caption: Caption | null;
  place: string | null;
  cluster: number | null;
  count: number;
  /** Stacking: regions under towns, labelled and selected places on top. */
  z: number;
}

export interface ItemContext {
  lang: Lang;
  selectedPlace: string | null;
  /** The map's centre longitude, to draw each place on the world copy in view. */
  centerLon: number;
  /** How many of the largest places get a permanent label. */
  labels: number;
}

const Z: Record<Shape, number> = { area: -2000, water: -1000, country: -500, point: 0 };

export function names(place: Place, lang: Lang): Caption {
  const main = lang === 'zh' ? place.name.zh || place.name.en : place.name.en || place.name.zh;
  const other = lang === 'zh' ? place.name.en : place.name.zh;
  return { main, alt: other && other !== main ? other : '' };
}

/** Starts with the names as the permanent label shows them, so what is seen is what is announced. */
export function placeLabel(place: Place, shape: Shape, count: number, lang: Lang): string {
  const { main, alt } = names(place, lang);
  const name = alt ? `${main} ${alt}` : main;
  const kind = shape === 'point' ? '' : lang === 'zh' ? `，${t(lang, `map.kind.${shape}`)}` : `, ${t(lang, `map.kind.${shape}`)}`;
  const events = lang === 'zh' ? `${count} ${t(lang, 'events')}` : `${count} ${count === 1 ? 'event' : t(lang, 'events')}`;
  return `${name}${kind} · ${events}`;
}

export function clusterLabel(places: number, events: number, lang: Lang): string {
  return lang === 'zh'
    ? `${t(lang, 'map.cluster')}：${places} ${t(lang, 'places')} · ${events} ${t(lang, 'events')} — ${t(lang, 'map.zoomIn')}`
    : `Group of ${places} places · ${events} events — ${t(lang, 'map.zoomIn')}`;
}

export function placeItem(c: Counted, shape: Shape, ctx: ItemContext): RenderItem {
  const { place, count } = c;
  const selected = ctx.selectedPlace === place.id;
  return {
    key: `p:${place.id}`,
    lat: place.lat,
    lon: nearestLon(place.lon, ctx.centerLon),
    size: sizeFor(shape, count),
    classes: `place-marker kind-${shape}${selected ? ' is-selected' : ''}`,
    label: placeLabel(place, shape, count, ctx.lang),
    text: '',
    caption: null,
    place: place.id,
    cluster: null,
    count,
    z: Z[shape] + (selected ? 4000 : 0),
  };
}

export function clusterItem(hit: Extract<Hit, { cluster: true }>, ctx: ItemContext): RenderItem {
  return {
    key: `c:${hit.id}`,
    lat: hit.lat,
    lon: nearestLon(hit.lon, ctx.centerLon),
    size: clusterSize(hit.count),
    classes: 'place-cluster',
    label: clusterLabel(hit.places, hit.count, ctx.lang),
    text: String(hit.count),
    caption: null,
    place: null,
    cluster: hit.id,
    count: hit.count,
    z: 0,
  };
}

export interface ItemInput {
  /** The clusterer's answer, or every spot when there are too few to cluster. */
  hits: Hit[];
  areas: Counted[];
  water: Counted[];
  /** Countries with no shape on the basemap: drawn as a symbol instead. */
  countries: Counted[];
  placeById: Map<string, Place>;
}

/** Every marker to draw, regions first; the `labels` largest places get a permanent bilingual label. */
export function buildItems(input: ItemInput, ctx: ItemContext): RenderItem[] {
  const items: RenderItem[] = [];
  for (const c of input.areas) items.push(placeItem(c, 'area', ctx));
  for (const c of input.water) items.push(placeItem(c, 'water', ctx));
  for (const c of input.countries) items.push(placeItem(c, 'country', ctx));
  for (const h of input.hits) {
    if (h.cluster) items.push(clusterItem(h, ctx));
    else {
      const place = input.placeById.get(h.place);
      if (place) items.push(placeItem({ place, count: h.count }, 'point', ctx));
    }
  }
  labelLargest(items, ctx, input.placeById);
  return items;
}

function labelLargest(items: RenderItem[], ctx: ItemContext, placeById: Map<string, Place>): void {
  if (ctx.labels <= 0) return;
  const ranked = items
    .filter((i) => i.place !== null)
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
    .slice(0, ctx.labels);
  for (const item of ranked) {
    item.caption = names(placeById.get(item.place!)!, ctx.lang);
    item.classes += ' is-labelled';
    item.z += 3000;
  }
}
