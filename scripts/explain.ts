// CLI: npm run explain -- FILE [--places FILE]
// Prints, for one article, each sentence with its times and places and the rule that produced each
// value: the tool to reach for when a date or a place looks wrong.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ArticleError, decodeText, parseArticle } from './extract/article.ts';
import { articleSentences, eventDate } from './extract/events.ts';
import { explainPlaces, loadGazetteer } from './extract/places/index.ts';
import { extractTimes, newTimeContext } from './extract/times/index.ts';

const USAGE = 'usage: npm run explain -- <article file> [--places FILE]';

function main(): void {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({ options: { places: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(`explain: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    process.exit(2);
  }
  const file = parsedArgs.positionals[0];
  if (!file || parsedArgs.positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  let article;
  try {
    article = parseArticle(decodeText(readFileSync(file)));
  } catch (e) {
    const reason = e instanceof ArticleError ? e.message : e instanceof Error ? e.message : String(e);
    process.stderr.write(`${file}: ${reason}\n`);
    process.exit(1);
  }
  const gazetteer = loadGazetteer(parsedArgs.values.places ? { overridesFile: parsedArgs.values.places } : {});
  const out: string[] = [];
  out.push(`${file}`);
  out.push(`  title      ${article.meta.title}`);
  out.push(`  published  ${article.meta.published}  (reference day ${article.referenceDay}, the publisher's calendar day)`);
  out.push('');
  const context = newTimeContext(article.referenceDay);
  articleSentences(article).forEach((sentence, i) => {
    const times = extractTimes(sentence, context);
    const places = explainPlaces(sentence, gazetteer);
    const isEvent = times.length > 0 || places.mentions.length > 0;
    out.push(`[${i + 1}] ${sentence}`);
    for (const t of times)
      out.push(`    time   «${t.text}» @${t.offset} → ${t.start}${t.end === t.start ? '' : `..${t.end}`} (${t.precision}) by ${t.rule ?? '?'}`);
    for (const m of places.mentions) {
      const p = gazetteer.places.get(m.place);
      out.push(`    place  «${m.text}» @${m.offset} → ${m.place}${p ? ` (${p.en}, ${p.kind})` : ''} by ${m.rule}`);
    }
    for (const r of places.rejected) out.push(`    not a place  «${r.text}» @${r.offset}: ${r.reason}`);
    if (isEvent) {
      const date = eventDate(times, article.referenceDay);
      const why = times.length ? 'its first time' : 'no time: the publication day';
      out.push(`    event  ${date.start}${date.end === date.start ? '' : `..${date.end}`} (${date.precision}) from ${why}`);
    } else out.push('    (no time or place: not an event)');
  });
  process.stdout.write(out.join('\n') + '\n');
}

main();
