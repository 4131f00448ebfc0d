import { describe, expect, it } from 'vitest';
import { appBaseOf, embedSnippet, embedUrl } from '../../../src/embed/snippet.ts';
import { pinnedName } from '../../../scripts/vite-pin-dataset.ts';

describe('embed snippet', () => {
  it.each([
    ['https://x.example/app/?q=a#h', 'https://x.example/app/'],
    ['https://x.example/app/index.html', 'https://x.example/app/'],
    ['http://127.0.0.1:4186/', 'http://127.0.0.1:4186/'],
  ])('base of %s is %s', (href, expected) => {
    expect(appBaseOf(href)).toBe(expected);
  });

  it('puts the view and the options in the frame address, without the map extent', () => {
    const url = new URL(
      embedUrl('https://x.example/app/', { query: 'Mariupol', event: 'e-1', lang: 'en', map: { lat: 1, lon: 2, zoom: 3 } }, {
        panels: ['timeline', 'list'],
        lock: true,
        data: 'data/events.abc.json',
      }),
    );
    expect(url.pathname).toBe('/app/');
    const p = url.searchParams;
    expect([p.get('embed'), p.get('q'), p.get('event'), p.get('lang'), p.get('panels'), p.get('lock'), p.get('data'), p.get('map')]).toEqual([
      '1', 'Mariupol', 'e-1', 'en', 'timeline,list', '1', 'data/events.abc.json', null,
    ]);
  });

  it('escapes the attributes and loads the host script from the app', () => {
    const html = embedSnippet('https://x.example/app/?q=a&b="c"', 'https://x.example/app/', 'Chronomap <1>', 500);
    expect(html).toContain('src="https://x.example/app/?q=a&amp;b=&quot;c&quot;"');
    expect(html).toContain('title="Chronomap &lt;1>"');
    expect(html).toContain('data-chronomap');
    expect(html).toContain('<script src="https://x.example/app/embed/host.js" defer></script>');
    expect(html).not.toMatch(/style=/);
  });

  it('pins a dataset by the hash of its bytes', () => {
    expect(pinnedName('{"a":1}')).toMatch(/^data\/events\.[0-9a-f]{10}\.json$/);
    expect(pinnedName('{"a":1}')).toBe(pinnedName(Buffer.from('{"a":1}')));
    expect(pinnedName('{"a":1}')).not.toBe(pinnedName('{"a":2}'));
  });
});

describe('the element build moves the palette onto the element', () => {
  it.each([
    [':root{--bg:#fff}', ':host{--bg:#fff}'],
    [":root[data-theme='dark']{--bg:#000}", ":host([data-theme='dark']){--bg:#000}"],
    [':root:not([data-theme]){--bg:#000}', ':host(:not([data-theme])){--bg:#000}'],
    [':root[data-theme=dark] .chronomap-map .x{a:b}', ':host([data-theme=dark]) .chronomap-map .x{a:b}'],
    ['.leaflet-container{a:b}', '.leaflet-container{a:b}'],
  ])('%s', async (input, expected) => {
    const { rootToHost } = await import('../../../scripts/vite.element.config.ts');
    expect(rootToHost(input)).toBe(expected);
  });
});
