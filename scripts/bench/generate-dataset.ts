// A large, realistic, contract-valid dataset for the app benchmark and the large-data browser
// tests: `generateDataset({ events: 100_000, seed: 1 })`, or from the command line
//   tsx scripts/bench/generate-dataset.ts --events 100000 [--seed 1] [--articles N] --output /tmp/x.json
// Same options, same bytes. Events spread over 2014–2024 in bursts (generate-times.ts), over a few
// thousand real and synthetic places with Zipf-like frequency (generate-places.ts), in Chinese
// sentences whose time and place words carry correct offsets (generate-text.ts), about ten events
// per article, the first of which is the article's title.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { isoDay } from '../extract/times/calendar.ts';
import { DATASET_VERSION, type Article, type Dataset, type NewsEvent } from '../../src/lib/schema.ts';
import { ACTORS, VENUES, generatePlaces, placeRecord, type GeneratedPlace } from './generate-places.ts';
import { Random, WeightedPicker, zipfWeights } from './generate-random.ts';
import { sentence, title, type Cast } from './generate-text.ts';
import { drawMoment, drawPrecision, drawTime, publishedAt, type Theme } from './generate-times.ts';

export interface GenerateOptions {
  /** How many events in all (titles included). */
  events: number;
  /** Default 1. */
  seed?: number;
  /** Default: one per ten events. */
  articles?: number;
  /** Synthetic towns besides the gazetteer's places; default 3000. */
  syntheticPlaces?: number;
}

const SOURCES = ['Aljazeera 半岛网', '新华网', 'BBC 中文', '联合早报', '法广 RFI', '德国之声', '澎湃新闻', '美国之音'];
const THEATRE_COUNTRIES = new Set(['UA', 'RU', 'BY', 'MD']);
const THEATRE_KINDS = new Set(['city', 'town', 'village', 'region', 'landmark', 'island']);
const TOPIC: Record<Theme, readonly string[]> = {
  war: ['军事', '国际'],
  talks: ['外交', '国际'],
  general: ['经济', '人道', '能源', '社会'],
};

/** Events per article: around the mean, from a third of it to nearly twice it, summing to `total`. */
function articleSizes(random: Random, total: number, articles: number): number[] {
  const mean = total / articles;
  const sizes = Array.from({ length: articles }, () => Math.max(1, Math.round(mean * (0.3 + 1.4 * random.next()))));
  let sum = sizes.reduce((a, b) => a + b, 0);
  while (sum > total) {
    const i = random.int(0, articles - 1);
    if (sizes[i]! > 1) {
      sizes[i]!--;
      sum--;
    }
  }
  while (sum < total) {
    sizes[random.int(0, articles - 1)]!++;
    sum++;
  }
  return sizes;
}

export function generateDataset(options: GenerateOptions): Dataset {
  const total = Math.max(0, Math.floor(options.events));
  const random = new Random(options.seed ?? 1);
  const ranked = generatePlaces(random, options.syntheticPlaces ?? 3000);
  const byId = new Map(ranked.map((p) => [p.id, p]));
  // War news names the front: towns, cities and regions of the theatre, not capitals abroad.
  const theatre = ranked.filter((p) => THEATRE_COUNTRIES.has(p.country ?? '') && THEATRE_KINDS.has(p.kind));
  const zipfAll = new WeightedPicker(zipfWeights(ranked.length));
  const zipfTheatre = new WeightedPicker(zipfWeights(theatre.length));
  const anyPlace = (): GeneratedPlace => ranked[zipfAll.pick(random)]!;
  const frontPlace = (): GeneratedPlace => theatre[zipfTheatre.pick(random)]!;
  const actors = ACTORS.flatMap((id) => byId.get(id) ?? []);
  const venues = VENUES.flatMap((id) => byId.get(id) ?? []);
  const fixed = new Map(['ukraine', 'russia'].map((id) => [id, byId.get(id)!]));
  const other = (not: GeneratedPlace, draw: () => GeneratedPlace): GeneratedPlace => {
    for (let i = 0; i < 8; i++) {
      const p = draw();
      if (p.id !== not.id) return p;
    }
    return draw();
  };

  const articleCount = total === 0 ? 0 : Math.min(total, Math.max(1, Math.floor(options.articles ?? Math.round(total / 10))));
  const sizes = articleSizes(random, total, articleCount);
  // Publication moments drawn first and sorted, so file numbers follow time like an archive's.
  const moments = sizes.map(() => drawMoment(random)).sort((a, b) => a.day - b.day);

  const articles: Article[] = [];
  const events: NewsEvent[] = [];
  const used = new Set<string>();
  const articleIds = new Set<string>();
  moments.forEach((moment, i) => {
    let hex = random.hex8();
    while (articleIds.has(hex)) hex = random.hex8();
    articleIds.add(hex);
    const id = `a-${hex}`;
    const theme = moment.theme;
    // An article follows one story: a focus place most of its sentences name, a venue for talks.
    const drawPlace = theme === 'war' ? frontPlace : random.next() < 0.5 ? frontPlace : anyPlace;
    const focus = drawPlace();
    const venue = (moment.venue && byId.get(moment.venue)) || random.pick(venues);
    const A = random.pick(actors);
    const castFor = (): Cast => {
      const P = random.next() < 0.6 ? focus : drawPlace();
      return { P, Q: other(P, drawPlace), V: venue, A, B: other(A, () => random.pick(actors)), fixed };
    };
    const head = title(random, theme, castFor());
    const source = random.pick(SOURCES);
    const published = publishedAt(random, moment.day);
    const [yyyy, mm] = published.split('-');
    articles.push({
      id,
      file: `${String(i).padStart(6, '0')}_${hex}${random.hex8()}.txt`,
      title: head.text,
      source,
      published,
      categories: ['新闻', source, random.pick(TOPIC[theme])],
      url: `https://news.example.org/${yyyy}/${mm}/${hex}.html`,
    });
    const pubDay = isoDay(moment.day);
    for (let k = 0; k < sizes[i]!; k++) {
      const precision = k === 0 ? 'reported' : drawPrecision(random);
      const s = k === 0 ? head : sentence(random, theme, castFor(), precision === 'reported' ? null : drawTime(random, moment.day, precision));
      const time = s.times[0];
      for (const p of s.places) used.add(p);
      events.push({
        id: `e-${hex}-${String(k + 1).padStart(3, '0')}`,
        article: id,
        text: s.text,
        start: time ? time.start : pubDay,
        end: time ? time.end : pubDay,
        precision: time ? time.precision : 'reported',
        times: s.times,
        mentions: s.mentions,
        places: s.places,
      });
    }
  });

  const places = [...used].sort().map((id) => placeRecord(byId.get(id)!));
  return { version: DATASET_VERSION, articles, places, events };
}

function parseArgs(argv: string[]): { events: number; seed: number; articles?: number; output?: string } {
  const out: { events: number; seed: number; articles?: number; output?: string } = { events: 10_000, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--events') out.events = Number(value);
    else if (flag === '--seed') out.seed = Number(value);
    else if (flag === '--articles') out.articles = Number(value);
    else if (flag === '--output') out.output = value;
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write('usage: tsx scripts/bench/generate-dataset.ts --events N [--seed S] [--articles N] --output file.json\n');
      process.exit(0);
    } else {
      process.stderr.write(`generate-dataset: unknown argument ${flag}\n`);
      process.exit(2);
    }
    i++;
  }
  if (!Number.isInteger(out.events) || out.events < 0) {
    process.stderr.write('generate-dataset: --events wants a whole number ≥ 0\n');
    process.exit(2);
  }
  return out;
}

// Run as a script (not when imported by the benchmark or the tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const data = generateDataset(args);
  const json = JSON.stringify(data);
  if (args.output) writeFileSync(args.output, json);
  else process.stdout.write(json + '\n');
  process.stderr.write(
    `generated ${data.events.length} events, ${data.articles.length} articles, ${data.places.length} places ` +
      `in ${Math.round(performance.now() - t0)} ms${args.output ? ` → ${args.output}` : ''}\n`,
  );
}
