// Why each place mention is there and why each place-like word is not: the same scan as
// findPlaces (matcher.ts), with the rule that resolved every mention and the reason every
// consumed non-mention was dropped. For `npm run explain` and for anyone debugging a wrong place.
import type { PlaceMention } from '../../../src/lib/schema.ts';
import type { Gazetteer } from './gazetteer.ts';
import { scan, type Skipped } from './matcher.ts';
import { DEFAULT_FOLDS, fold } from './normalize.ts';

/**
 * How a mention was resolved:
 *  - 'region-list': a city in a list of regions (尼古拉耶夫、赫尔松等地区, 顿涅茨克和卢甘斯克两州)
 *  - 'republic-list': a city in a list of republics (顿涅茨克和卢甘斯克两个人民共和国)
 *  - 'oblast-suffix': a region form generated from its city's name (赫尔松州, 基辅地区, 顿内次克省)
 *  - 'override': an entry of the user's overrides file
 *  - 'landmark': a building or site (克里姆林宫, 五角大楼)
 *  - 'country': a country or territory (俄罗斯, 美国, 台湾)
 *  - 'gazetteer': any other surface listed in the gazetteer
 * prefixed with 'traditional+' when the text matched through the traditional → simplified fold
 * (烏克蘭 → 'traditional+country').
 */
export type PlaceRule = 'region-list' | 'republic-list' | 'oblast-suffix' | 'override' | 'landmark' | 'country' | 'gazetteer';

export interface PlaceExplanation {
  mentions: (PlaceMention & { rule: string })[];
  /** Spans that were consumed without giving a mention: non-places (今日俄罗斯), titles (《…》),
   *  entries without a point (an overrides file may add such), and matches a guard rejected
   *  (乌克兰人: 'demonym'). */
  rejected: { text: string; offset: number; reason: string }[];
}

export function explainPlaces(sentence: string, gazetteer: Gazetteer): PlaceExplanation {
  const skipped: Skipped[] = [];
  const mentions = scan(sentence, gazetteer, skipped).map((m) => {
    const text = sentence.slice(m.start, m.end);
    const entry = gazetteer.places.get(m.id)!;
    const origin = gazetteer.origin.get(m.id);
    let rule: PlaceRule;
    if (m.rule) rule = m.rule;
    else if (gazetteer.overridesFile !== undefined && origin === gazetteer.overridesFile) rule = 'override';
    else if (entry.kind === 'landmark') rule = 'landmark';
    else if (entry.kind === 'country' || origin === gazetteer.countriesOrigin) rule = 'country';
    else rule = 'gazetteer';
    const traditional = fold(text, DEFAULT_FOLDS) !== fold(text, gazetteer.folds);
    return { text, offset: m.start, place: m.id, rule: traditional ? `traditional+${rule}` : rule };
  });
  const rejected = skipped.map((s) => ({ text: sentence.slice(s.start, s.end), offset: s.start, reason: s.reason }));
  return { mentions, rejected };
}
