import { describe, expect, it } from 'vitest';
import { mercator, pictureSvg, type PictureInput } from '../../../src/components/briefing/picture.ts';

const input: PictureInput = {
  title: 'A & B <title>',
  range: '1 Apr 2022 – 8 Apr 2022',
  credit: 'Basemap: Natural Earth',
  bins: [0, 2, 5, 1],
  startLabel: '1 Apr 2022',
  endLabel: '8 Apr 2022',
  countries: {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[30, 45], [40, 45], [40, 52], [30, 52], [30, 45]]] } },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[-100, 30], [-90, 30], [-90, 40], [-100, 30]]] } },
    ],
  },
  places: [
    { lat: 47.1, lon: 37.5, count: 10, label: 'Mariupol' },
    { lat: 38, lon: -97, count: 3, label: 'far away' },
  ],
  center: { lat: 48, lon: 35, zoom: 5 },
  colors: { bg: '#fff', text: '#000', land: '#eee', border: '#999', sea: '#def', mark: '#00f', accent: '#f00' },
};

describe('picture', () => {
  it('projects like Leaflet: zoom 0 is a 256 px world, the equator and meridian at its middle', () => {
    const m = mercator(0);
    expect(m.x(0)).toBe(128);
    expect(m.y(0)).toBeCloseTo(128);
    expect(m.x(180)).toBe(256);
    expect(mercator(1).x(-180)).toBe(0);
  });

  it('draws the title escaped, the range, bars, countries in view and places in view only', () => {
    const svg = pictureSvg(input);
    expect(svg).toContain('A &amp; B &lt;title&gt;');
    expect(svg).toContain('1 Apr 2022 – 8 Apr 2022');
    expect(svg.match(/<rect x=/g)?.length).toBeGreaterThanOrEqual(3);
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).toContain('>Mariupol</text>');
    expect(svg).not.toContain('far away');
    // One ring in view, the American one left out.
    expect(svg.match(/Z/g)).toHaveLength(1);
  });
});
