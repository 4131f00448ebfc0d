import { describe, expect, it } from 'vitest';
import { briefingFileName, parseBriefing, serialiseBriefing, stepViewOf, viewOfStep, type Briefing } from '../../../src/lib/briefing-file.ts';
import type { View } from '../../../src/state/view.ts';

const DAY = 86_400_000;
const view: View = {
  query: 'Mariupol',
  place: 'mariupol',
  country: null,
  source: null,
  category: null,
  precisions: ['day'],
  window: [Date.UTC(2022, 3, 1), Date.UTC(2022, 3, 8)],
  event: 'e-12ab07f5-003',
  lang: 'en',
  theme: 'dark',
  map: { lat: 47.123456, lon: 37.5, zoom: 7.25 },
};

describe('briefing file', () => {
  it('round-trips a view through a step', () => {
    const step = stepViewOf(view);
    expect(step.window).toEqual(['2022-04-01', '2022-04-08']);
    expect(step.map).toEqual({ lat: 47.1235, lon: 37.5, zoom: 7.25 });
    const back = viewOfStep(step);
    expect(back.window).toEqual(view.window);
    expect(back).toMatchObject({ query: 'Mariupol', place: 'mariupol', event: 'e-12ab07f5-003', precisions: ['day'], lang: 'en' });
    expect(back).not.toHaveProperty('theme');
  });

  it('writes instants that are not whole days', () => {
    expect(stepViewOf({ ...view, window: [DAY / 2, DAY * 2] }).window).toEqual(['1970-01-01T12:00:00Z', '1970-01-03']);
  });

  it('a step without a window or map leaves them alone but always sets the filters', () => {
    expect(viewOfStep({})).toEqual({ query: '', place: null, country: null, source: null, category: null, precisions: [] });
  });

  it('serialises and parses back the same briefing', () => {
    const b: Briefing = { version: 1, title: '标题', steps: [{ title: 'one', notes: 'n', view: stepViewOf(view) }] };
    const text = serialiseBriefing(b);
    expect(text).toContain('"format": "chronomap-briefing"');
    const parsed = parseBriefing(text);
    expect(parsed.ok && parsed.briefing).toMatchObject(b);
    const described = { ...b, description: '三个步骤。' };
    const again = parseBriefing(serialiseBriefing(described));
    expect(again.ok && again.briefing).toEqual({ format: 'chronomap-briefing', ...described });
  });

  it.each([
    { name: 'not JSON', text: '{', message: /x\.json: not JSON/ },
    { name: 'an array', text: '[]', message: /x\.json: not a briefing/ },
    { name: 'another version', text: '{"version":2,"steps":[]}', message: /x\.json: version 2, expected 1/ },
    { name: 'no steps', text: '{"version":1}', message: /x\.json: steps:/ },
    { name: 'a backwards window', text: '{"version":1,"steps":[{"view":{"window":["2022-04-05","2022-04-01"]}}]}', message: /steps\.0\.view\.window: the window must end after it starts/ },
    { name: 'a bad day', text: '{"version":1,"steps":[{"view":{"window":["2022-4-5","2022-04-06"]}}]}', message: /steps\.0\.view\.window\.0: an ISO day/ },
    { name: 'a window of three', text: '{"version":1,"steps":[{"view":{"window":["2022-04-01","2022-04-02","2022-04-03"]}}]}', message: /two dates/ },
    { name: 'a map off the globe', text: '{"version":1,"steps":[{"view":{"map":{"lat":95,"lon":0,"zoom":3}}}]}', message: /steps\.0\.view\.map\.lat/ },
    { name: 'a bad event id', text: '{"version":1,"steps":[{"view":{"event":"../x y"}}]}', message: /steps\.0\.view\.event: an id/ },
  ])('refuses $name with a message naming the place', ({ text, message }) => {
    const result = parseBriefing(text, 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('fills in missing titles and notes', () => {
    const result = parseBriefing('{"version":1,"steps":[{"view":{}}]}');
    expect(result.ok && result.briefing).toEqual({ version: 1, title: '', steps: [{ title: '', notes: '', view: {} }] });
  });

  it.each([
    ['Road to Mariupol', 'Road-to-Mariupol.json'],
    ['马里乌波尔 简报', '马里乌波尔-简报.json'],
    ['  ', 'briefing.json'],
    ['a/b\\c', 'a-b-c.json'],
  ])('names the file for %j', (title, expected) => {
    expect(briefingFileName(title)).toBe(expected);
  });
});
