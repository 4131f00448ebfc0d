// A deliberately crude article → sentences split for the place gold test, independent of the
// prebuild's own parser: title from the front matter, HTML tags stripped, one block per <p>, <h*>,
// <figure> caption or <blockquote>, sentences cut after 。！？. A <blockquote> whose text repeats a
// paragraph of the article (a pull quote) is dropped, so the sentence counts once.
import { readFileSync } from 'node:fs';

const ENTITIES: Readonly<Record<string, string>> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

const stripTags = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z#0-9]+;/gi, (e) => ENTITIES[e] ?? ' ')
    .trim();

/** The title (unquoted) and the body HTML of a front-matter article. */
function splitFrontMatter(raw: string): { title: string; body: string } {
  const m = /^\s*---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(raw);
  if (!m) throw new Error('no front matter');
  const title = /^title:\s*(.*)$/m.exec(m[1]!)?.[1]?.trim().replace(/^(['"])(.*)\1$/, '$2') ?? '';
  return { title, body: m[2]! };
}

/** Text blocks of the body, in order, pull quotes that repeat a paragraph left out. */
function blocks(body: string): string[] {
  const quotes: string[] = [];
  const withoutQuotes = body.replace(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/g, (_, inner: string) => {
    quotes.push(stripTags(inner));
    return `\n<quote ${quotes.length - 1}>\n`;
  });
  const parts = withoutQuotes
    .split(/<\/?(?:p|h[1-6]|figure|figcaption|div|li|br)\b[^>]*>|\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  const paragraphs = new Set(parts.filter((p) => !p.startsWith('<quote ')).map(stripTags));
  const out: string[] = [];
  for (const part of parts) {
    const quote = /^<quote (\d+)>$/.exec(part);
    if (quote) {
      const text = quotes[Number(quote[1])]!;
      if (!paragraphs.has(text)) out.push(text);
    } else {
      const text = stripTags(part);
      if (text) out.push(text);
    }
  }
  return out;
}

/** Sentences of a text block: cut after 。！？!? (closing quotes stay with their sentence). */
export function sentencesOf(block: string): string[] {
  return (block.match(/[^。！？!?]+(?:[。！？!?]+[”’」』)]*)?/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** The title and every body sentence of an article file. */
export function articleSentences(file: string): string[] {
  const { title, body } = splitFrontMatter(readFileSync(file, 'utf8'));
  return [title, ...blocks(body).flatMap(sentencesOf)].filter(Boolean);
}
