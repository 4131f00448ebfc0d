// One article's events: every sentence of the title and body that holds a calendar time or a place.
//
// The event's own date (contract: "by a documented rule"): the first calendar time of the sentence,
// because Chinese news leads a clause with the time of what it reports ("俄罗斯国防部4日表示，准备从5日
// 早上开始…" is a statement made on the 4th). A sentence with places but no time takes the
// publication day with precision `reported`.
import type { NewsEvent, PlaceMention, TimeMention } from '../../src/lib/schema.ts';
import type { ParsedArticle } from './article.ts';
import { splitSentences } from './sentences.ts';
import { extractTimes, newTimeContext } from './times/index.ts';
import { findPlaces, type Gazetteer } from './places/index.ts';

export interface SentenceAnalysis {
  text: string;
  times: TimeMention[];
  mentions: PlaceMention[];
}

/** The sentences of an article in reading order (title first), each told once. */
export function articleSentences(article: ParsedArticle): string[] {
  const seen = new Set<string>();
  const seenBlocks = new Set<string>();
  const out: string[] = [];
  for (const text of [article.meta.title, ...article.blocks.map((b) => b.text)]) {
    if (seenBlocks.has(text)) continue; // its sentences are all told already
    seenBlocks.add(text);
    for (const sentence of splitSentences(text)) {
      if (seen.has(sentence)) continue; // a repeated sentence is one event, not two
      seen.add(sentence);
      out.push(sentence);
    }
  }
  return out;
}

/** Times and places of every sentence; times resolve in reading order so 同日/次日 see the last date. */
/** `onSentence` hears each sentence right after it is analysed, while its scan is still remembered. */
export function analyseArticle(article: ParsedArticle, gazetteer: Gazetteer, onSentence?: (sentence: string) => void): SentenceAnalysis[] {
  const context = newTimeContext(article.referenceDay);
  return articleSentences(article).map((text) => {
    const analysis = { text, times: extractTimes(text, context), mentions: findPlaces(text, gazetteer) };
    onSentence?.(text);
    return analysis;
  });
}

export function eventDate(times: TimeMention[], referenceDay: string): Pick<NewsEvent, 'start' | 'end' | 'precision'> {
  const first = times[0];
  if (!first) return { start: referenceDay, end: referenceDay, precision: 'reported' };
  return { start: first.start, end: first.end, precision: first.precision };
}

export function articleEvents(
  articleId: string,
  article: ParsedArticle,
  gazetteer: Gazetteer,
  onSentence?: (sentence: string) => void,
): NewsEvent[] {
  const events: NewsEvent[] = [];
  const suffix = articleId.replace(/^a-/, '');
  for (const s of analyseArticle(article, gazetteer, onSentence)) {
    if (s.times.length === 0 && s.mentions.length === 0) continue;
    const places = [...new Set(s.mentions.map((m) => m.place))];
    events.push({
      id: `e-${suffix}-${String(events.length + 1).padStart(3, '0')}`,
      article: articleId,
      text: s.text,
      ...eventDate(s.times, article.referenceDay),
      times: s.times,
      mentions: s.mentions,
      places,
    });
  }
  return events;
}
