// Sentences of the generated dataset: Chinese templates with slots for the time word and the
// places, filled in while the offsets of every time and place word are counted, so the evidence
// the detail panel marks points at the right characters. Slots: {T} the time word (left out for a
// `reported` sentence, so no template starts with it), {P} and {Q} places of the story, {V} the
// talks' venue, {A} and {B} actors (countries), {@id} a fixed place, {N} a number.
import type { PlaceMention, TimeMention } from '../../src/lib/schema.ts';
import type { GeneratedPlace } from './generate-places.ts';
import { Random } from './generate-random.ts';
import type { Theme } from './generate-times.ts';

const SENTENCES: Record<Theme, readonly string[]> = {
  war: [
    '{A}国防部{T}表示，{P}方向的战斗仍在激烈进行。',
    '{P}{T}遭到导弹袭击，当地官员称至少有{N}人受伤。',
    '{@ukraine}总参谋部{T}称，乌军在{P}和{Q}一带击退了多次进攻。',
    '{P}{T}发生多起爆炸，{Q}的防空系统随即启动。',
    '据{A}媒体报道，{P}附近的一座桥梁{T}被炸毁。',
    '{@russia}军队{T}宣布控制了{P}。',
    '{P}地方官员{T}说，炮击造成电力中断，约{N}户居民断电。',
    '{@ukraine}无人机{T}袭击了{P}的一处油库。',
    '{P}与{Q}之间的铁路{T}因炮火中断。',
    '联合国人权事务高级专员办事处{T}表示，{P}的平民伤亡人数继续上升。',
    '{A}{T}宣布向{@ukraine}提供新一轮军事援助，总额约{N}亿美元。',
    '{P}的居民{T}开始撤往{Q}。',
  ],
  talks: [
    '{A}和{B}代表{T}在{V}举行会谈。',
    '{V}会谈{T}结束，双方同意继续就{P}局势进行磋商。',
    '{A}外长{T}抵达{V}，讨论停火和人道主义走廊问题。',
    '各方{T}在{V}举行的会议上讨论了{P}的局势。',
    '{B}总统{T}表示，{V}谈判取得了一定进展。',
    '{A}与{B}{T}在{V}签署了关于粮食出口的协议。',
    '{A}代表团{T}离开{V}，称将向{@russia}转交新的方案。',
  ],
  general: [
    '{P}{T}开放了新的难民接待中心。',
    '{A}{T}宣布对{@russia}实施新一轮制裁。',
    '国际原子能机构{T}派专家前往{P}。',
    '{P}的学校{T}恢复线下教学。',
    '{A}能源部门{T}表示，{P}的供电已部分恢复。',
    '{P}市民{T}在市中心举行悼念活动。',
    '{A}{T}向{P}运送了{N}吨人道主义物资。',
  ],
};

/** Titles are events too (undated: `reported`), as the extractor makes them. */
const TITLES: Record<Theme, readonly string[]> = {
  war: ['{P}战事持续 {A}呼吁停火', '{P}遭袭 {Q}居民连夜撤离', '{@russia}称控制{P} {@ukraine}否认', '{P}前线：炮声不断的一天'],
  talks: ['{V}会谈：{A}与{B}讨论和平方案', '{A}和{B}在{V}重启谈判', '{V}峰会聚焦{P}局势'],
  general: ['{P}民众的日常生活', '{A}宣布新援助 {P}重建开始', '{P}：战火下的学校'],
};

type Part = { literal: string } | { slot: string };

/** Splits a template once, so filling it is a walk over parts. */
function compile(template: string): Part[] {
  return template
    .split(/(\{@?[A-Za-z-]+\})/)
    .filter((s) => s !== '')
    .map((s) => (s.startsWith('{') ? { slot: s.slice(1, -1) } : { literal: s }));
}

const compiled = (table: Record<Theme, readonly string[]>): Record<Theme, Part[][]> => ({
  war: table.war.map(compile),
  talks: table.talks.map(compile),
  general: table.general.map(compile),
});
const SENTENCE_PARTS = compiled(SENTENCES);
const TITLE_PARTS = compiled(TITLES);

/** What a sentence is about: the article's cast, chosen once per sentence. */
export interface Cast {
  P: GeneratedPlace;
  Q: GeneratedPlace;
  V: GeneratedPlace;
  A: GeneratedPlace;
  B: GeneratedPlace;
  fixed: ReadonlyMap<string, GeneratedPlace>;
}

export interface Sentence {
  text: string;
  times: TimeMention[];
  mentions: PlaceMention[];
  places: string[];
}

function fill(parts: Part[], random: Random, cast: Cast, time: Omit<TimeMention, 'offset'> | null): Sentence {
  let text = '';
  const times: TimeMention[] = [];
  const mentions: PlaceMention[] = [];
  const places: string[] = [];
  for (const part of parts) {
    if ('literal' in part) {
      text += part.literal;
      continue;
    }
    const slot = part.slot;
    if (slot === 'T') {
      if (time) {
        times.push({ ...time, offset: text.length });
        text += time.text;
      }
      continue;
    }
    if (slot === 'N') {
      text += String(random.int(2, 300));
      continue;
    }
    const place = slot.startsWith('@') ? cast.fixed.get(slot.slice(1)) : cast[slot as 'P' | 'Q' | 'V' | 'A' | 'B'];
    if (!place) throw new Error(`generate-text: no place for slot {${slot}}`);
    // Now and then a city is written 马里乌波尔市, a town 某某镇, as the articles do.
    const surface = place.suffix && random.next() < 0.15 ? place.name.zh + place.suffix : place.name.zh;
    mentions.push({ text: surface, offset: text.length, place: place.id });
    if (!places.includes(place.id)) places.push(place.id);
    text += surface;
  }
  return { text, times, mentions, places };
}

/** A sentence of the theme with the given time word (null: undated). */
export function sentence(random: Random, theme: Theme, cast: Cast, time: Omit<TimeMention, 'offset'> | null): Sentence {
  return fill(random.pick(SENTENCE_PARTS[theme]), random, cast, time);
}

/** An article title of the theme (undated). */
export function title(random: Random, theme: Theme, cast: Cast): Sentence {
  return fill(random.pick(TITLE_PARTS[theme]), random, cast, null);
}
