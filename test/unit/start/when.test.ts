// When the start screen greets: a bare address (language and theme allowed), not yet closed in this tab.
import { describe, expect, it } from 'vitest';
import { isBareAddress, rememberSeen, SEEN_KEY, startOnLoad } from '../../../src/components/start/when.ts';
import { VIEW_KEYS } from '../../../src/state/view.ts';

function memory(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

const denied = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('SecurityError');
  },
};

describe('isBareAddress', () => {
  const cases: { name: string; search: string; bare: boolean }[] = [
    { name: 'nothing at all', search: '', bare: true },
    { name: 'a lone question mark', search: '?', bare: true },
    { name: 'a language', search: '?lang=en', bare: true },
    { name: 'a language and a theme', search: '?lang=zh&theme=dark', bare: true },
    { name: 'a parameter that belongs to someone else', search: '?utm_source=newsletter', bare: true },
    { name: 'a window', search: '?lang=en&t=2022-03-01~2022-03-10', bare: false },
    { name: 'a search', search: '?q=Mariupol', bare: false },
    { name: 'a selected event', search: '?event=e-4483a072-007', bare: false },
    { name: 'a map extent', search: '?map=48,35,5', bare: false },
    { name: 'a presentation', search: '?present=road-to-mariupol', bare: false },
    { name: 'the speaker notes', search: '?notes=1&lang=en', bare: false },
    { name: 'an embed', search: '?embed=1', bare: false },
  ];
  for (const c of cases) it(c.name, () => expect(isBareAddress(c.search)).toBe(c.bare));

  it('treats every view parameter but the language and theme as a view', () => {
    for (const key of VIEW_KEYS) expect(isBareAddress(`?${key}=x`), key).toBe(key === 'lang' || key === 'theme');
  });
});

describe('startOnLoad', () => {
  it('greets on a bare address until it has been closed in this tab', () => {
    const storage = memory();
    expect(startOnLoad('?lang=en', storage)).toBe(true);
    rememberSeen(storage);
    expect(storage.getItem(SEEN_KEY)).toBe('1');
    expect(startOnLoad('?lang=en', storage)).toBe(false);
  });

  it('never greets a link with a view, even in a fresh tab', () => {
    expect(startOnLoad('?t=2022-03-01~2022-03-10', memory())).toBe(false);
  });

  it('greets, and does not throw, where storage is missing or denied', () => {
    expect(startOnLoad('', null)).toBe(true);
    expect(startOnLoad('', denied)).toBe(true);
    expect(() => rememberSeen(denied)).not.toThrow();
    expect(() => rememberSeen(null)).not.toThrow();
  });
});
