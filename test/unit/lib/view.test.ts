import { describe, expect, it } from 'vitest';
import { viewFromParams, viewToParams, type View } from '../../../src/state/view.ts';

describe('views in the URL', () => {
  it('round-trips a window on day boundaries, a place, an event and the language', () => {
    const view: View = {
      window: [Date.UTC(2022, 2, 1), Date.UTC(2022, 3, 6)],
      place: 'mariupol',
      event: 'e-3f2c9e1b-007',
      lang: 'en',
    };
    const params = viewToParams(view);
    expect(params.get('t')).toBe('2022-03-01~2022-04-06');
    expect(viewFromParams(new URLSearchParams(params.toString()))).toEqual(view);
  });
  it('keeps sub-day windows exactly', () => {
    const view: View = { window: [Date.UTC(2022, 2, 1, 6), Date.UTC(2022, 2, 2, 18, 30)], place: null, event: null, lang: 'zh' };
    expect(viewFromParams(viewToParams(view)).window).toEqual(view.window);
  });
  it('ignores malformed values instead of trusting them', () => {
    const parsed = viewFromParams(new URLSearchParams('t=2022-04-06~2022-03-01&place=<script>&event=&lang=fr'));
    expect(parsed).toEqual({});
  });
});
