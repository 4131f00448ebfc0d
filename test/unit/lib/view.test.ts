import { describe, expect, it } from 'vitest';
import { NO_FILTERS, VIEW_KEYS, viewFromParams, viewToParams, type View } from '../../../src/state/view.ts';

const base: View = { ...NO_FILTERS, window: null, event: null, lang: 'zh', theme: 'auto', map: null };

describe('views in the URL', () => {
  it('round-trips every part of a view', () => {
    const view: View = {
      window: [Date.UTC(2022, 2, 1), Date.UTC(2022, 3, 6)],
      query: '马里乌波尔 撤离',
      place: 'mariupol',
      country: 'UA',
      source: 'Aljazeera 半岛网',
      category: '新闻',
      precisions: ['day', 'month'],
      event: 'e-3f2c9e1b-007',
      lang: 'en',
      theme: 'dark',
      map: { lat: 47.1, lon: 37.5, zoom: 6.5 },
    };
    const params = viewToParams(view);
    expect(params.get('t')).toBe('2022-03-01~2022-04-06');
    // The URL sync keeps other parameters and rewrites exactly these.
    expect([...params.keys()].sort()).toEqual([...VIEW_KEYS].sort());
    expect(viewFromParams(new URLSearchParams(params.toString()))).toEqual(view);
  });
  it('writes nothing for defaults but the language', () => {
    expect(viewToParams(base).toString()).toBe('lang=zh');
  });
  it('keeps sub-day windows exactly', () => {
    const view: View = { ...base, window: [Date.UTC(2022, 2, 1, 6), Date.UTC(2022, 2, 2, 18, 30)] };
    expect(viewFromParams(viewToParams(view)).window).toEqual(view.window);
  });
  it('ignores malformed values instead of trusting them', () => {
    const parsed = viewFromParams(
      new URLSearchParams('t=2022-04-06~2022-03-01&place=<script>&event=&lang=fr&country=Ukraine&prec=hour&map=91,0,3&theme=neon'),
    );
    expect(parsed).toEqual({});
    expect(viewFromParams(new URLSearchParams(`q=${'x'.repeat(500)}`))).toEqual({});
  });
});
