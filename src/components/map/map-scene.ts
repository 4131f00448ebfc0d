// Everything drawn on top of the basemap, for one map: markers for towns, regions and clusters,
// shapes for countries. `update` runs when the window's places change (or the language, or the
// place filter); `draw` when the map moves. The clusterer's index is built once per dataset; a
// window change only sums counts into it, and a pan or zoom only queries it. Times are kept for
// the bench (MapStats).
import L from 'leaflet';
import type { Lang } from '../../lib/i18n.ts';
import type { Place } from '../../lib/schema.ts';
import { groupPlaces, sameCounts, shouldCluster, spotsOf, type Counted, type PlaceGroups } from './cluster-input.ts';
import type { CountryShapes } from './country-join.ts';
import { CountryLayer } from './country-layer.ts';
import { clusterBbox } from './map-extent.ts';
import { MarkerLayer } from './marker-layer.ts';
import type { Hit, PlaceClusters } from './place-clusters.ts';
import { buildItems, placeLabel, type RenderItem } from './render-items.ts';
import { labelSize, placeLabels } from './label-placement.ts';

export interface SceneHandlers {
  activate(item: RenderItem): void;
  activatePlace(place: string): void;
  /** `size`: the symbol's diameter in px, so a tooltip can sit just above it. */
  hover(place: string | null, label: string | null, at: L.LatLng | null, size?: number): void;
}

/** What the bench and the tests read from `window.__chronomap_map_stats`. */
export interface MapStats {
  /** Window, filter or language changes handled so far (also the map section's `data-updated`). */
  updates: number;
  /** ms of the last such update: regrouping, clustering and redrawing the markers. */
  lastMs: number;
  /** Its parts, in ms: grouping the places, shading countries, clustering, drawing the markers. */
  phases: { group: number; countries: number; cluster: number; markers: number };
  maxMs: number;
  /** ms spent deriving the window's place counts when the map asked for them (0 if already done). */
  deriveMs: number;
  /** Builds of the cluster index (once per dataset, when first needed), and the ms it took. */
  indexBuilds: number;
  indexMs: number;
  /** Redraws after a pan or zoom. */
  draws: number;
  /** Spots, markers drawn, markers ever made, and whether spots are clustered now. */
  points: number;
  markers: number;
  created: number;
  clustered: boolean;
  countries: number;
  window: [number, number] | null;
  /** The map's centre and zoom after its last move. */
  extent: { lat: number; lon: number; zoom: number } | null;
}

const NO_GROUPS: PlaceGroups = { points: [], areas: [], water: [], countries: [] };

export class MapScene {
  /** Loaded on first need (with supercluster), outside the initial bundle. */
  clusters: PlaceClusters | null = null;
  private clustererLoading = false;
  readonly markers: MarkerLayer;
  private readonly countries: CountryLayer;
  private groups = NO_GROUPS;
  private clustered = false;
  private readonly spots: Place[];
  private removed = false;
  private counts: Map<string, number> | null = null;
  private shapes: CountryShapes = new Map();
  private shapeless: Counted[] = [];
  private lang: Lang = 'en';
  private selected: string | null = null;
  private highlightedPlaces = new Set<string>();
  readonly stats: MapStats = {
    updates: 0, lastMs: 0, phases: { group: 0, countries: 0, cluster: 0, markers: 0 }, maxMs: 0, deriveMs: 0, indexBuilds: 0, indexMs: 0, draws: 0,
    points: 0, markers: 0, created: 0, clustered: false, countries: 0, window: null, extent: null,
  };

  constructor(
    private readonly map: L.Map,
    private readonly placeById: Map<string, Place>,
    private readonly handlers: SceneHandlers,
  ) {
    this.markers = new MarkerLayer(map, {
      activate: (item) => handlers.activate(item),
      hover: (item, at) => handlers.hover(item?.place ?? null, item?.label ?? null, at, item?.size),
    });
    this.countries = new CountryLayer(map, {
      activate: (place) => handlers.activatePlace(place),
      hover: (place, at) => handlers.hover(place, place ? this.countryLabel(place) : null, at),
    });
    this.spots = spotsOf(placeById.values());
    // A dataset with many spots will need the clusterer: start fetching it with the first drawing.
    if (shouldCluster(this.spots.length)) this.loadClusterer();
  }

  /** The basemap has arrived: countries can be drawn as their shapes. */
  setShapes(shapes: CountryShapes): void {
    this.shapes = shapes;
    if (this.counts) this.update(this.counts, this.lang, this.selected, true);
  }

  update(counts: Map<string, number>, lang: Lang, selected: string | null, force = false): void {
    const start = performance.now();
    if (force || !sameCounts(this.counts, counts)) {
      this.groups = groupPlaces(counts, this.placeById.values());
      this.counts = counts;
      this.clustered = shouldCluster(this.groups.points.length);
    }
    this.lang = lang;
    this.selected = selected;
    const grouped = performance.now();
    const label = (c: Counted) => placeLabel(c.place, 'country', c.count, lang);
    this.shapeless = this.countries.update(this.groups.countries, this.shapes, label, selected);
    const shaded = performance.now();
    this.drawMarkers();
    const ms = performance.now() - start;
    this.stats.phases.group = grouped - start;
    this.stats.phases.countries = shaded - grouped;
    Object.assign(this.stats, {
      updates: this.stats.updates + 1,
      lastMs: ms,
      maxMs: Math.max(this.stats.maxMs, ms),
      countries: this.groups.countries.length - this.shapeless.length,
    });
  }

  /** After a pan or zoom: only the markers in view change. */
  draw(): void {
    if (!this.counts) return;
    this.drawMarkers();
    this.stats.draws++;
  }

  highlight(places: Set<string>): void {
    this.highlightedPlaces = places;
    this.countries.setHighlighted(places);
    this.markHighlighted();
  }

  countryLabel(place: string): string | null {
    const p = this.placeById.get(place);
    return p ? placeLabel(p, 'country', this.counts?.get(place) ?? 0, this.lang) : null;
  }

  /** Where a set of places is, as bounds: the spots' points, or else the countries' outlines. */
  boundsOf(placeIds: string[]): { bounds: L.LatLngBounds; area: boolean } | null {
    const points = placeIds
      .map((id) => this.placeById.get(id))
      .filter((p): p is Place => !!p && p.kind !== 'country')
      .map((p) => L.latLng(p.lat, p.lon));
    if (points.length) return { bounds: L.latLngBounds(points), area: false };
    const outlines = placeIds.map((id) => this.countries.bounds(id)).filter((b): b is L.LatLngBounds => !!b);
    if (!outlines.length) return null;
    const bounds = L.latLngBounds([]);
    for (const b of outlines) bounds.extend(b);
    return { bounds, area: true };
  }

  remove(): void {
    this.removed = true;
    this.markers.remove();
    this.countries.remove();
  }

  private drawMarkers(): void {
    const start = performance.now();
    const clustered = this.clustered;
    let hits: Hit[];
    if (clustered && this.clusters) {
      const b = this.map.getBounds().pad(0.25);
      const bbox = clusterBbox({ south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() });
      hits = this.clusters.hits(this.groups.points, bbox, this.map.getZoom());
    } else if (clustered) {
      // The clusterer is still loading (a moment, once): spots follow when it is there.
      this.loadClusterer();
      hits = [];
    } else hits = this.groups.points.map(({ place, count }) => ({ cluster: false, place: place.id, count, lat: place.lat, lon: place.lon }));
    const clustering = performance.now();
    const items = buildItems(
      { hits, areas: this.groups.areas, water: this.groups.water, countries: this.shapeless, placeById: this.placeById },
      // Three times as many candidates as labels wanted: those that would collide give way.
      { lang: this.lang, selectedPlace: this.selected, centerLon: this.map.getCenter().lng, labels: 3 * this.wantedLabels() },
    );
    this.placeLabels(items);
    this.markers.render(items);
    this.markHighlighted();
    this.stats.phases.cluster = clustering - start;
    this.stats.phases.markers = performance.now() - clustering;
    Object.assign(this.stats, {
      points: this.groups.points.length,
      markers: this.markers.size,
      created: this.markers.created,
      clustered,
      indexBuilds: this.clusters?.built ? 1 : 0,
      indexMs: this.clusters?.buildMs ?? 0,
    });
  }

  private wantedLabels(): number {
    return this.map.getSize().x < 560 ? 3 : 6;
  }

  /** Keeps the labels that fit (label-placement.ts) and puts each on its side; the rest lose theirs. */
  private placeLabels(items: RenderItem[]): void {
    const labelled = items
      .filter((i) => i.caption)
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
    const candidates = labelled.map((i) => {
      const at = this.map.latLngToContainerPoint([i.lat, i.lon]);
      const centred = i.classes.includes('kind-area') || i.classes.includes('kind-water');
      return { key: i.key, x: at.x, y: at.y, radius: i.size / 2, centred, ...labelSize(i.caption!) };
    });
    const size = this.map.getSize();
    const sides = placeLabels(candidates, { width: size.x, height: size.y }, this.wantedLabels());
    for (const item of labelled) {
      const side = sides.get(item.key);
      if (side === 'left') item.classes += ' label-left';
      else if (!side) {
        item.caption = null;
        item.classes = item.classes.replace(' is-labelled', '');
        item.z -= 3000;
      }
    }
  }

  private loadClusterer(): void {
    if (this.clustererLoading) return;
    this.clustererLoading = true;
    import('./place-clusters.ts')
      .then(({ PlaceClusters }) => {
        this.clusters = new PlaceClusters(this.spots);
        if (!this.removed) this.draw();
      })
      .catch((e: unknown) => console.error('map: the clusterer did not load', e));
  }

  /** A highlighted place is marked on its own marker, or on the cluster that holds it. */
  private markHighlighted(): void {
    const keys = new Set<string>();
    for (const id of this.highlightedPlaces) {
      if (this.markers.has(`p:${id}`)) keys.add(`p:${id}`);
      // Only a spot with events in the window can be inside a drawn cluster.
      else if (!this.clusters || !this.clustered || !this.counts?.has(id)) continue;
      else {
        const owner = this.clusters.ownerOf(id, this.map.getZoom());
        if (owner !== null) keys.add(`c:${owner}`);
      }
    }
    this.markers.setHighlighted(keys);
  }
}
