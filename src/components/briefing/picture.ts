// Pictures for slides: the current view as one SVG (title, date range, a timeline of the window's
// events, the map's countries and places, the source credit), and the same at 2× as a PNG for
// projectors. Drawn from the data and the view state, not screenshotted, so the picture is sharp at
// any size and needs no network: the map uses the same Web Mercator as Leaflet around `view.map`.
import type { FeatureCollection, Position } from 'geojson';

export const PICTURE = { width: 1200, height: 760, scale: 2 } as const;

export interface PictureInput {
  title: string;
  range: string;
  credit: string;
  /** Event counts per bin across the window, oldest first. */
  bins: number[];
  startLabel: string;
  endLabel: string;
  countries: FeatureCollection | null;
  places: { lat: number; lon: number; count: number; label: string }[];
  center: { lat: number; lon: number; zoom: number };
  colors: { bg: string; text: string; land: string; border: string; sea: string; mark: string; accent: string };
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const r1 = (n: number) => Math.round(n * 10) / 10;

/** Web Mercator pixels at a zoom, as Leaflet computes them (256 px tiles). */
export function mercator(zoom: number) {
  const world = 256 * 2 ** zoom;
  return {
    x: (lon: number) => ((lon + 180) / 360) * world,
    y: (lat: number) => {
      const s = Math.min(0.9999, Math.max(-0.9999, Math.sin((lat * Math.PI) / 180)));
      return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
    },
  };
}

function ringsOf(fc: FeatureCollection): Position[][] {
  const rings: Position[][] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') rings.push(...g.coordinates);
    else if (g?.type === 'MultiPolygon') for (const p of g.coordinates) rings.push(...p);
  }
  return rings;
}

export function pictureSvg(p: PictureInput): string {
  const { width: W, height: H } = PICTURE;
  const pad = 32;
  const map = { x: pad, y: 110, w: W - 2 * pad, h: 440 };
  const tl = { x: pad, y: map.y + map.h + 24, w: W - 2 * pad, h: 110 };
  const m = mercator(p.center.zoom);
  const cx = m.x(p.center.lon);
  const cy = m.y(p.center.lat);
  const px = (lon: number) => map.x + map.w / 2 + m.x(lon) - cx;
  const py = (lat: number) => map.y + map.h / 2 + m.y(lat) - cy;

  const paths: string[] = [];
  for (const ring of p.countries ? ringsOf(p.countries) : []) {
    const pts = ring.map(([lon, lat]) => [px(lon!), py(lat!)] as const);
    const xs = pts.map((q) => q[0]);
    const ys = pts.map((q) => q[1]);
    if (Math.max(...xs) < map.x || Math.min(...xs) > map.x + map.w || Math.max(...ys) < map.y || Math.min(...ys) > map.y + map.h) continue;
    paths.push(`M${pts.map(([x, y]) => `${r1(x)},${r1(y)}`).join('L')}Z`);
  }
  const max = Math.max(1, ...p.places.map((q) => q.count));
  const marks = p.places
    .map((q) => ({ ...q, x: px(q.lon), y: py(q.lat), r: 4 + 14 * Math.sqrt(q.count / max) }))
    .filter((q) => q.x >= map.x && q.x <= map.x + map.w && q.y >= map.y && q.y <= map.y + map.h)
    .sort((a, b) => b.r - a.r);
  const top = marks.slice(0, 8);

  const binW = tl.w / Math.max(1, p.bins.length);
  const binMax = Math.max(1, ...p.bins);
  const bars = p.bins
    .map((n, i) => (n ? `<rect x="${r1(tl.x + i * binW)}" y="${r1(tl.y + tl.h - 24 - (n / binMax) * (tl.h - 30))}" width="${r1(Math.max(1, binW - 1))}" height="${r1((n / binMax) * (tl.h - 30))}"/>` : ''))
    .join('');

  const font = `system-ui, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(font)}">`,
    `<rect width="${W}" height="${H}" fill="${p.colors.bg}"/>`,
    `<text x="${pad}" y="52" font-size="32" font-weight="700" fill="${p.colors.text}">${esc(p.title)}</text>`,
    `<text x="${pad}" y="88" font-size="20" fill="${p.colors.text}">${esc(p.range)}</text>`,
    `<clipPath id="map-clip"><rect x="${map.x}" y="${map.y}" width="${map.w}" height="${map.h}"/></clipPath>`,
    `<rect x="${map.x}" y="${map.y}" width="${map.w}" height="${map.h}" fill="${p.colors.sea}"/>`,
    `<g clip-path="url(#map-clip)">`,
    `<path d="${paths.join('')}" fill="${p.colors.land}" stroke="${p.colors.border}" stroke-width="0.8" fill-rule="evenodd"/>`,
    `<g fill="${p.colors.accent}" fill-opacity="0.8" stroke="#fff" stroke-width="1.5">${marks.map((q) => `<circle cx="${r1(q.x)}" cy="${r1(q.y)}" r="${r1(q.r)}"/>`).join('')}</g>`,
    `<g font-size="14" fill="${p.colors.text}" stroke="${p.colors.bg}" stroke-width="3" paint-order="stroke">${top.map((q) => `<text x="${r1(q.x + q.r + 3)}" y="${r1(q.y + 5)}">${esc(q.label)}</text>`).join('')}</g>`,
    `</g>`,
    `<rect x="${map.x}" y="${map.y}" width="${map.w}" height="${map.h}" fill="none" stroke="${p.colors.border}"/>`,
    `<g fill="${p.colors.mark}">${bars}</g>`,
    `<line x1="${tl.x}" x2="${tl.x + tl.w}" y1="${tl.y + tl.h - 24}" y2="${tl.y + tl.h - 24}" stroke="${p.colors.text}"/>`,
    `<text x="${tl.x}" y="${tl.y + tl.h - 4}" font-size="15" fill="${p.colors.text}">${esc(p.startLabel)}</text>`,
    `<text x="${tl.x + tl.w}" y="${tl.y + tl.h - 4}" font-size="15" text-anchor="end" fill="${p.colors.text}">${esc(p.endLabel)}</text>`,
    `<text x="${pad}" y="${H - 14}" font-size="13" fill="${p.colors.text}">${esc(p.credit)}</text>`,
    `</svg>`,
  ].join('\n');
}

/** The SVG rasterised at `scale` (2× for projectors) as a PNG blob. */
export async function svgToPng(svg: string, scale: number = PICTURE.scale): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = PICTURE.width * scale;
    canvas.height = PICTURE.height * scale;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
