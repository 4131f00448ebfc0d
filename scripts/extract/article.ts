// Reads one article file: front matter (title, date, author, categories, image, link) and the body
// as text blocks. Anything unusable raises an ArticleError whose message is the reason, so the
// build can report `file: reason` and go on with the other files.
import matter from 'gray-matter';
import type { Article } from '../../src/lib/schema.ts';
import { htmlToBlocks, type TextBlock } from './html-text.ts';
import { parsePublishedDate } from './published-date.ts';
import { dropRepeatedQuotes } from './repeated-quotes.ts';

export class ArticleError extends Error {}

export interface ParsedArticle {
  meta: Omit<Article, 'id' | 'file'>;
  /** The publisher's calendar day of publication, the reference for relative times. */
  referenceDay: string;
  blocks: TextBlock[];
}

const refuseCode = () => {
  throw new ArticleError('front matter in JavaScript is not allowed (it would run code)');
};
// gray-matter would evaluate `---js` front matter by default: an article must never run code.
const MATTER_OPTIONS = { engines: { js: refuseCode, javascript: refuseCode } };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes the bytes as UTF-8 text, refusing binary and other encodings. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleError('empty file');
  if (bytes.includes(0)) throw new ArticleError('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ArticleError('not UTF-8 text');
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

const asText = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';

/** Only web links survive: a `javascript:` or `data:` URL in front matter is dropped. */
const webUrl = (v: unknown): string | undefined => {
  const s = asText(v);
  return /^https?:\/\/[^\s"'<>]+$/i.test(s) ? s : undefined;
};

function firstOf(data: Record<string, unknown>, keys: string[]): unknown {
  for (const k of keys) if (data[k] != null && data[k] !== '') return data[k];
  return undefined;
}

/** The date value as written in the front matter, before YAML turned it into a Date. */
function rawField(frontMatter: string, key: string): string | undefined {
  const m = new RegExp(`^${key}\\s*:\\s*(.+?)\\s*$`, 'm').exec(frontMatter);
  return m?.[1];
}

export function parseArticle(raw: string): ParsedArticle {
  // Exported archives often start with a blank line before the front matter.
  const text = raw.replace(/^(?:[^\S\n]*\n)+(?=---)/, '');
  if (!/^---[^\S\n]*\n/.test(text)) throw new ArticleError('no front matter (the file must start with ---)');
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(text, MATTER_OPTIONS);
  } catch (e) {
    if (e instanceof ArticleError) throw e;
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ArticleError(`invalid front matter: ${reason}`);
  }
  const data = (file.data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) throw new ArticleError('front matter is not a mapping');

  const title = asText(data.title);
  if (!title) throw new ArticleError('no title in front matter');

  const dateKey = ['date', 'published', 'pubDate', 'pubdate'].find((k) => data[k] != null);
  if (!dateKey) throw new ArticleError('no date in front matter');
  const published = parsePublishedDate(data[dateKey], rawField(file.matter, dateKey));
  if (!published) throw new ArticleError(`unusable date in front matter: ${JSON.stringify(String(data[dateKey])).slice(0, 60)}`);

  const rawCategories = data.categories ?? data.category ?? data.tags;
  const categories = (Array.isArray(rawCategories) ? rawCategories : [rawCategories]).map(asText).filter(Boolean);
  const source = asText(data.author) || asText(data.source) || categories[0] || '';

  const blocks = dropRepeatedQuotes(htmlToBlocks(file.content));
  if (blocks.length === 0) throw new ArticleError('empty body');

  const meta: ParsedArticle['meta'] = { title, source, published: published.iso, categories };
  const image = webUrl(firstOf(data, ['image', 'headimg', 'thumbnail', 'cover']));
  const url = webUrl(firstOf(data, ['url', 'link', 'permalink', 'source_url', 'canonical']));
  if (image) meta.image = image;
  if (url) meta.url = url;
  return { meta, referenceDay: published.referenceDay, blocks };
}
