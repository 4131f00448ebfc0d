// The clusterer. Supercluster indexes every spot of the dataset once (their positions never change);
// a window change only adds up the window's event counts per drawn cluster, so moving the brush
// never rebuilds an index. A cluster is drawn where supercluster puts it (the centre of all its
// spots), so bubbles stay put while the window moves; a cluster with a single spot that has events
// in the window is drawn as that spot.
import Supercluster from 'supercluster';
import type { Place } from '../../lib/schema.ts';
import { clusterPoints, type Counted, type PointProps } from './cluster-input.ts';

export type Hit =
  | { cluster: false; place: string; count: number; lat: number; lon: number }
  | { cluster: true; id: number; count: number; places: number; lat: number; lon: number };

export type Bbox = [number, number, number, number];
const WORLD: Bbox = [-180, -90, 180, 90];

interface Sum {
  count: number;
  places: number;
  first: Counted;
}

export class PlaceClusters {
  private index: Supercluster<PointProps> | null = null;
  private readonly indexOf = new Map<string, number>();
  /** Per zoom level, which cluster holds each spot (-1: it stands alone). Worked out once per level. */
  private readonly owners = new Map<number, Int32Array>();
  /** ms the index took to build (once per dataset, when the map first needs clusters). */
  buildMs = 0;

  constructor(
    private readonly places: Place[],
    /** Cluster radius in px, and the last zoom that clusters (above it every spot stands alone). */
    private readonly radius = 60,
    readonly maxZoom = 11,
  ) {
    places.forEach((p, i) => this.indexOf.set(p.id, i));
  }

  get built(): boolean {
    return this.index !== null;
  }

  /** The drawn clusters and lone spots among `points` (the window's spots) in a box at a zoom. */
  hits(points: Counted[], bbox: Bbox, zoom: number): Hit[] {
    const index = this.ensure();
    const z = this.level(zoom);
    const owner = this.ownersAt(z);
    const clusters = new Map<number, { lat: number; lon: number }>();
    const alone = new Set<number>();
    for (const f of index.getClusters(bbox, z)) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      if ('cluster' in f.properties && f.properties.cluster) clusters.set(f.properties.cluster_id, { lat, lon });
      else alone.add((f.properties as PointProps).i);
    }
    const out: Hit[] = [];
    const sums = new Map<number, Sum>();
    for (const c of points) {
      const i = this.indexOf.get(c.place.id);
      if (i === undefined) continue;
      const id = owner[i]!;
      if (id < 0) {
        if (alone.has(i)) out.push(spot(c));
      } else if (clusters.has(id)) {
        const s = sums.get(id);
        if (s) {
          s.count += c.count;
          s.places++;
        } else sums.set(id, { count: c.count, places: 1, first: c });
      }
    }
    for (const [id, s] of sums) {
      const at = clusters.get(id)!;
      out.push(s.places === 1 ? spot(s.first) : { cluster: true, id, count: s.count, places: s.places, lat: at.lat, lon: at.lon });
    }
    return out;
  }

  /** The zoom at which a cluster falls apart: where a click on it takes the map. */
  expansionZoom(id: number): number {
    return this.index ? this.index.getClusterExpansionZoom(id) : this.maxZoom + 1;
  }

  /** The cluster that holds a spot at a zoom, if it is in one. */
  ownerOf(place: string, zoom: number): number | null {
    const i = this.indexOf.get(place);
    if (!this.index || i === undefined) return null;
    const id = this.ownersAt(this.level(zoom))[i]!;
    return id < 0 ? null : id;
  }

  /** The clusterer's integer zoom for a map zoom: rounded down, so clusters are never closer than the radius. */
  private level(zoom: number): number {
    return Math.max(0, Math.min(this.maxZoom + 1, Math.floor(zoom)));
  }

  private ensure(): Supercluster<PointProps> {
    if (this.index) return this.index;
    const t0 = performance.now();
    this.index = new Supercluster<PointProps>({ radius: this.radius, maxZoom: this.maxZoom }).load(clusterPoints(this.places));
    this.buildMs = performance.now() - t0;
    return this.index;
  }

  private ownersAt(z: number): Int32Array {
    let owner = this.owners.get(z);
    if (owner) return owner;
    owner = new Int32Array(this.places.length).fill(-1);
    const index = this.ensure();
    if (z <= this.maxZoom)
      for (const f of index.getClusters(WORLD, z))
        if ('cluster' in f.properties && f.properties.cluster)
          for (const leaf of index.getLeaves(f.properties.cluster_id, Infinity)) owner[leaf.properties.i] = f.properties.cluster_id;
    this.owners.set(z, owner);
    return owner;
  }
}

function spot({ place, count }: Counted): Hit {
  return { cluster: false, place: place.id, count, lat: place.lat, lon: place.lon };
}
