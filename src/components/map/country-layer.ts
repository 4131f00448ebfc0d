// Mentioned countries as shapes: the basemap's outline of each country that has events in the
// window, filled by its event count. A country is not a pinpoint, so its shape is the symbol; it is
// clickable and focusable like a marker. Shapes are made once per country and kept while hidden.
import L from 'leaflet';
import type { Feature, Geometry } from 'geojson';
import type { Counted } from './cluster-input.ts';
import type { CountryShapes } from './country-join.ts';
import { countryShade } from './marker-style.ts';

export interface CountryHandlers {
  activate(place: string): void;
  hover(place: string | null, at: L.LatLng | null): void;
}

interface Shape {
  layer: L.Path;
  place: string;
  shown: boolean;
}

export class CountryLayer {
  private readonly group: L.LayerGroup;
  private readonly shapes = new Map<string, Shape>();
  private highlighted = new Set<string>();

  constructor(
    map: L.Map,
    private readonly handlers: CountryHandlers,
  ) {
    this.group = L.layerGroup().addTo(map);
  }

  /**
   * Shades the countries with events; returns those the basemap has no shape for, to be drawn as
   * a symbol instead.
   */
  update(countries: Counted[], shapes: CountryShapes, labelOf: (c: Counted) => string, selected: string | null): Counted[] {
    const missing: Counted[] = [];
    const max = countries.reduce((m, c) => Math.max(m, c.count), 0);
    const now = new Set<string>();
    for (const c of countries) {
      const feature = shapes.get(c.place.country!);
      if (!feature) {
        missing.push(c);
        continue;
      }
      now.add(c.place.id);
      const shape = this.shapes.get(c.place.id) ?? this.create(c.place.id, feature);
      if (!shape.shown) {
        this.group.addLayer(shape.layer);
        shape.shown = true;
      }
      const el = shape.layer.getElement() as SVGElement | undefined;
      if (!el) continue;
      el.style.fillOpacity = String(countryShade(c.count, max));
      el.setAttribute('aria-label', labelOf(c));
      el.setAttribute('aria-pressed', String(selected === c.place.id));
      el.classList.toggle('is-selected', selected === c.place.id);
      el.classList.toggle('is-highlighted', this.highlighted.has(c.place.id));
    }
    for (const [id, shape] of this.shapes)
      if (shape.shown && !now.has(id)) {
        this.group.removeLayer(shape.layer);
        shape.shown = false;
      }
    return missing;
  }

  setHighlighted(places: Set<string>): void {
    this.highlighted = new Set(places);
    for (const shape of this.shapes.values())
      if (shape.shown) shape.layer.getElement()?.classList.toggle('is-highlighted', places.has(shape.place));
  }

  /** The outline's bounds, for bringing a selected event's country into view. */
  bounds(place: string): L.LatLngBounds | null {
    const shape = this.shapes.get(place);
    return shape ? (shape.layer as L.Polygon).getBounds() : null;
  }

  remove(): void {
    this.group.remove();
    this.shapes.clear();
  }

  private create(place: string, feature: Feature<Geometry>): Shape {
    const layer = L.geoJSON(feature, { style: { className: 'country-shape', weight: 1.5 } }).getLayers()[0] as L.Path;
    layer.on('click', () => this.handlers.activate(place));
    layer.on('mouseover', (e: L.LeafletMouseEvent) => this.handlers.hover(place, e.latlng));
    layer.on('mouseout', () => this.handlers.hover(null, null));
    const shape: Shape = { layer, place, shown: false };
    this.shapes.set(place, shape);
    // Leaflet makes a new path each time the layer is added: make it a focusable button each time.
    layer.on('add', () => {
      const el = layer.getElement();
      if (!el) return;
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('data-place', place);
    });
    return shape;
  }
}
