// The map's markers: one Leaflet marker per drawn item, kept across drawings. An item whose key is
// still drawn keeps its marker; a marker whose item went away is moved and repainted for a new
// item before any new marker is made, so a window change mostly rewrites a few attributes instead of
// rebuilding the DOM. Only what changed is written.
import L from 'leaflet';
import type { RenderItem } from './render-items.ts';

export interface MarkerHandlers {
  /** Click on a marker (Enter and Space are handled by the component, on the map's container). */
  activate(item: RenderItem): void;
  hover(item: RenderItem | null, at: L.LatLng | null): void;
}

/** The icon's own classes, which repainting must keep. */
const ICON = { className: '', iconSize: null as unknown as L.PointExpression, html: '' };

export class MarkerLayer {
  private readonly group: L.LayerGroup;
  private byKey = new Map<string, L.Marker>();
  private readonly items = new Map<L.Marker, RenderItem>();
  private highlighted = new Set<string>();
  /** Markers made since the layer was created: how well reuse works shows here. */
  created = 0;

  constructor(
    map: L.Map,
    private readonly handlers: MarkerHandlers,
  ) {
    this.group = L.layerGroup().addTo(map);
  }

  get size(): number {
    return this.byKey.size;
  }

  render(next: RenderItem[]): void {
    const kept = new Map<string, L.Marker>();
    const fresh: RenderItem[] = [];
    for (const item of next) {
      const marker = this.byKey.get(item.key);
      if (marker && !kept.has(item.key)) {
        this.byKey.delete(item.key);
        kept.set(item.key, marker);
        this.paint(marker, item);
      } else fresh.push(item);
    }
    const spare = [...this.byKey.values()];
    for (const item of fresh) {
      let marker = spare.pop();
      if (!marker) {
        marker = this.create(item);
        this.group.addLayer(marker);
      }
      kept.set(item.key, marker);
      this.paint(marker, item);
    }
    for (const marker of spare) {
      this.group.removeLayer(marker);
      this.items.delete(marker);
    }
    this.byKey = kept;
  }

  /** Highlight the markers of these keys (a place's own marker or the cluster holding it). */
  setHighlighted(keys: Set<string>): void {
    for (const key of this.highlighted) if (!keys.has(key)) this.mark(key, false);
    for (const key of keys) if (!this.highlighted.has(key)) this.mark(key, true);
    this.highlighted = new Set(keys);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  element(key: string): HTMLElement | undefined {
    return this.byKey.get(key)?.getElement();
  }

  itemOf(el: Element): RenderItem | undefined {
    for (const [marker, item] of this.items) if (marker.getElement() === el) return item;
    return undefined;
  }

  remove(): void {
    this.group.remove();
    this.byKey.clear();
    this.items.clear();
  }

  private create(item: RenderItem): L.Marker {
    this.created++;
    const marker = L.marker([item.lat, item.lon], { icon: L.divIcon(ICON), keyboard: true, riseOnHover: true });
    marker.on('click', () => {
      const current = this.items.get(marker);
      if (current) this.handlers.activate(current);
    });
    marker.on('mouseover', () => this.handlers.hover(this.items.get(marker) ?? null, marker.getLatLng()));
    marker.on('mouseout', () => this.handlers.hover(null, null));
    return marker;
  }

  private mark(key: string, on: boolean): void {
    const marker = this.byKey.get(key);
    const item = marker && this.items.get(marker);
    if (!marker || !item) return;
    marker.getElement()?.classList.toggle('is-highlighted', on);
    marker.setZIndexOffset(item.z + (on ? 8000 : 0));
  }

  private paint(marker: L.Marker, item: RenderItem): void {
    const before = this.items.get(marker);
    this.items.set(marker, item);
    if (!before || before.lat !== item.lat || before.lon !== item.lon) marker.setLatLng([item.lat, item.lon]);
    const on = this.highlighted.has(item.key);
    if (!before || before.z !== item.z || this.highlighted.has(before.key) !== on) marker.setZIndexOffset(item.z + (on ? 8000 : 0));
    const el = marker.getElement();
    if (el) paintElement(el, before, item, on);
  }
}

/** Writes an item onto a marker's element, touching only what differs from what it showed before. */
export function paintElement(el: HTMLElement, before: RenderItem | undefined, item: RenderItem, highlighted: boolean): void {
  if (before?.size !== item.size) {
    const px = `${item.size}px`;
    const half = `${-item.size / 2}px`;
    el.style.width = el.style.height = px;
    el.style.marginLeft = el.style.marginTop = half;
  }
  if (before?.classes !== item.classes) {
    if (before) el.classList.remove(...before.classes.split(' '));
    el.classList.add(...item.classes.split(' '));
  }
  el.classList.toggle('is-highlighted', highlighted);
  if (before?.label !== item.label) {
    el.setAttribute('aria-label', item.label);
  }
  if (before?.place !== item.place || before?.cluster !== item.cluster) {
    if (item.place !== null) el.setAttribute('data-place', item.place);
    else el.removeAttribute('data-place');
    if (item.cluster !== null) el.setAttribute('data-cluster', String(item.cluster));
    else el.removeAttribute('data-cluster');
  }
  const pressed = item.place === null ? null : String(item.classes.includes('is-selected'));
  if (el.getAttribute('aria-pressed') !== pressed) {
    if (pressed === null) el.removeAttribute('aria-pressed');
    else el.setAttribute('aria-pressed', pressed);
  }
  if (before?.text !== item.text || !sameCaption(before?.caption ?? null, item.caption)) fill(el, item);
}

function sameCaption(a: RenderItem['caption'], b: RenderItem['caption']): boolean {
  return a === b || (!!a && !!b && a.main === b.main && a.alt === b.alt);
}

function fill(el: HTMLElement, item: RenderItem): void {
  el.textContent = '';
  if (item.text) {
    const n = document.createElement('span');
    n.className = 'count';
    n.setAttribute('aria-hidden', 'true');
    n.textContent = item.text;
    if (item.text.length >= 5) n.classList.add('long');
    el.append(n);
  }
  if (item.caption) {
    const label = document.createElement('span');
    label.className = 'place-label';
    label.setAttribute('aria-hidden', 'true');
    label.textContent = item.caption.main;
    if (item.caption.alt) {
      const alt = document.createElement('span');
      alt.className = 'alt';
      alt.textContent = item.caption.alt;
      label.append(' ', alt);
    }
    el.append(label);
  }
}
