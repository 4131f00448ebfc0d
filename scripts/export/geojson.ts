// GeoJSON (RFC 7946): a FeatureCollection with one Point feature per event and place, for QGIS,
// kepler.gl, geojson.io and the like. An event without places has no point and is left out.
import type { Dataset, Precision } from '../../src/lib/schema.ts';
import { eventPlaces, webAddress } from './rows.ts';

export interface EventPlaceProperties {
  event_id: string;
  text: string;
  start: string;
  end: string;
  precision: Precision;
  /** The words the event's date comes from (its first time expression); '' for a reported date. */
  date_text: string;
  place_id: string;
  place_zh: string;
  place_en: string;
  place_kind: string;
  place_country: string | null;
  article_id: string;
  article_title: string;
  article_source: string;
  article_published: string;
  article_url: string | null;
}

export interface EventPlaceFeature {
  type: 'Feature';
  /** `event id/place id`: unique in the collection. */
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: EventPlaceProperties;
}

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: EventPlaceFeature[];
}

export function toGeoJSON(dataset: Dataset): EventFeatureCollection {
  const features: EventPlaceFeature[] = [];
  for (const { event, article, place } of eventPlaces(dataset, false)) {
    if (!place) continue; // no coordinates to draw it at
    features.push({
      type: 'Feature',
      id: `${event.id}/${place.id}`,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        event_id: event.id,
        text: event.text,
        start: event.start,
        end: event.end,
        precision: event.precision,
        date_text: event.times[0]?.text ?? '',
        place_id: place.id,
        place_zh: place.name.zh,
        place_en: place.name.en,
        place_kind: place.kind,
        place_country: place.country ?? null,
        article_id: event.article,
        article_title: article?.title ?? '',
        article_source: article?.source ?? '',
        article_published: article?.published ?? '',
        article_url: webAddress(article?.url) ?? null,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The collection as a file: compact JSON and a final newline. */
export function geoJSONText(dataset: Dataset): string {
  return JSON.stringify(toGeoJSON(dataset)) + '\n';
}
