// TimelineJS3 (Knight Lab) JSON: one slide per event, dated as precisely as the event is (a month
// event has no day, a year event no month), the sentence as the slide's text. TimelineJS renders
// headline and text as HTML, so both are escaped: an article can never put markup on the page.
// https://timeline.knightlab.com/docs/json-format.html
import type { Dataset, NewsEvent } from '../../src/lib/schema.ts';
import { secureAddress, webAddress } from './rows.ts';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineText {
  headline: string;
  text: string;
}

export interface TimelineSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  /** Shown instead of the date: marks a date that is the article's publication day, not the event's. */
  display_date?: string;
  text: TimelineText;
  media?: { url: string; link?: string; credit?: string };
  group?: string;
  unique_id: string;
}

export interface TimelineDocument {
  title?: { text: TimelineText };
  events: TimelineSlide[];
}

/** How many place names a headline made of places holds at most. */
const HEADLINE_PLACES = 3;
const HEADLINE_CHARS = 40;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

function dayParts(day: string): { year: number; month: number; day: number } {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
}

/** Start and end as TimelineJS dates, to the event's precision; no end when it equals the start. */
export function timelineDates(event: Pick<NewsEvent, 'start' | 'end' | 'precision'>): Pick<TimelineSlide, 'start_date' | 'end_date'> {
  const s = dayParts(event.start);
  const e = dayParts(event.end);
  let start: TimelineDate;
  let end: TimelineDate;
  switch (event.precision) {
    case 'year':
    case 'decade':
      start = { year: s.year };
      end = { year: e.year };
      break;
    case 'month':
    case 'season':
      start = { year: s.year, month: s.month };
      end = { year: e.year, month: e.month };
      break;
    default: // day, week, reported
      start = { year: s.year, month: s.month, day: s.day };
      end = { year: e.year, month: e.month, day: e.day };
  }
  const same = start.year === end.year && start.month === end.month && start.day === end.day;
  return same ? { start_date: start } : { start_date: start, end_date: end };
}

function headline(event: NewsEvent, title: string | undefined, placeNames: Map<string, string>): string {
  if (title) return title;
  const names = event.places.slice(0, HEADLINE_PLACES).map((id) => placeNames.get(id) ?? id);
  if (names.length) return names.join('、');
  return event.text.length > HEADLINE_CHARS ? `${event.text.slice(0, HEADLINE_CHARS)}…` : event.text;
}

export function toTimelineJS(dataset: Dataset): TimelineDocument {
  const articles = new Map(dataset.articles.map((a) => [a.id, a]));
  const placeNames = new Map(dataset.places.map((p) => [p.id, p.name.zh]));
  const events = dataset.events.map((event): TimelineSlide => {
    const article = articles.get(event.article);
    const slide: TimelineSlide = {
      ...timelineDates(event),
      text: { headline: escapeHtml(headline(event, article?.title, placeNames)), text: escapeHtml(event.text) },
      unique_id: event.id,
    };
    if (event.precision === 'reported') slide.display_date = `${event.start} (reported)`;
    const image = secureAddress(article?.image);
    if (image) {
      slide.media = { url: image };
      const link = webAddress(article?.url);
      if (link) slide.media.link = link;
      if (article?.source) slide.media.credit = escapeHtml(article.source);
    }
    if (article?.source) slide.group = article.source;
    return slide;
  });
  const title = { text: { headline: 'Chronomap', text: `${dataset.events.length} events from ${dataset.articles.length} articles` } };
  return { title, events };
}

/** The document as a file: compact JSON and a final newline. */
export function timelineJSText(dataset: Dataset): string {
  return JSON.stringify(toTimelineJS(dataset)) + '\n';
}
