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

/**
 * The largest file read (2 MB). A news article is rarely over 100 KB; a bigger file is an archive,
 * a dump or an attack, and refusing it up front keeps the build's time and memory bounded.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** The largest front matter read (256 KB): real ones are well under 2 KB. */
export const MAX_FRONT_MATTER_CHARS = 256 * 1024;

const MB = 1024 * 1024;
/** The reason for refusing a file of `size` bytes. */
export function tooLarge(size: number): string {
  return `body too large (${(size / MB).toFixed(1)} MB, limit ${MAX_FILE_BYTES / MB} MB)`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * True when the NUL bytes sit mostly at even or mostly at odd offsets: the ASCII of the front matter
 * and the markup written as UTF-16 (a Chinese character may have a zero byte too, so not only).
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const many = Math.max(even, odd);
  return n >= 8 && many >= n / 32 && Math.min(even, odd) * 4 <= many;
}

function decodeUtf16(bytes: Uint8Array, decoder: TextDecoder): string {
  let text: string;
  try {
    text = decoder.decode(bytes); // the byte-order mark is dropped by the decoder
  } catch {
    throw new ArticleError(`not valid ${decoder.encoding.toUpperCase()} text`);
  }
  if (text.includes('\0')) throw new ArticleError('binary file (contains NUL characters)');
  return text;
}

/** Why bytes that are not UTF-8 cannot be read, with a hint when they are GBK/GB18030 Chinese. */
function notUtf8(bytes: Uint8Array): ArticleError {
  try {
    const text = gb18030.decode(bytes);
    if (/[\u4e00-\u9fff]/.test(text))
      return new ArticleError('not UTF-8 text (it reads as GBK/GB18030: convert it to UTF-8, e.g. iconv -f GB18030 -t UTF-8)');
  } catch {
    // not GB18030 either
  }
  return new ArticleError('not UTF-8 text');
}

/**
 * Decodes a file's bytes as text. UTF-8 (with or without a byte-order mark) and UTF-16 with a
 * byte-order mark are read; UTF-16 without one, GBK and other encodings, binary and over-large
 * files are refused with the reason. Line ends come out as `\n`.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ArticleError('empty file');
  if (bytes.length > MAX_FILE_BYTES) throw new ArticleError(tooLarge(bytes.length));
  let text: string;
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff))
    throw new ArticleError('UTF-32 text is not supported: save it as UTF-8');
  else if (startsWith(bytes, 0xff, 0xfe)) text = decodeUtf16(bytes, utf16le);
  else if (startsWith(bytes, 0xfe, 0xff)) text = decodeUtf16(bytes, utf16be);
  else if (bytes.includes(0)) {
    if (looksLikeUtf16(bytes)) throw new ArticleError('UTF-16 text without a byte-order mark: save it as UTF-8');
    throw new ArticleError('binary file (contains NUL bytes)');
  } else {
    try {
      text = utf8.decode(bytes); // a UTF-8 byte-order mark is dropped by the decoder
    } catch {
      throw notUtf8(bytes);
    }
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

/**
 * The value as written in the front matter, before YAML turned it into a Date: a top-level
 * `key: value` line, without a trailing comment. (A plain scan of the lines, so a pathological
 * front matter costs no more than its length.)
 */
function rawField(frontMatter: string, key: string): string | undefined {
  for (const line of frontMatter.split('\n')) {
    if (!line.startsWith(key)) continue;
    const rest = line.slice(key.length).trimStart();
    if (!rest.startsWith(':')) continue;
    const value = rest.slice(1);
    const comment = value.search(/\s#/);
    return (comment < 0 ? value : value.slice(0, comment)).trim() || undefined;
  }
  return undefined;
}

/** A front-matter value for a message: short, and never expanded (a YAML alias bomb stays small). */
function describeValue(raw: string | undefined, value: unknown): string {
  const text = raw ?? (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
  if (text !== undefined) return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
  if (value instanceof Date) return 'an invalid date';
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : typeof value === 'object' ? 'a mapping' : typeof value;
}

const LINE_END = '\n\r\u2028\u2029';
/**
 * Runs of blank lines, collapsed to one. gray-matter scans the front matter with `/^\s*#…/gm`,
 * which costs the square of a run of blank lines (100 000 of them would take hours); a run of at
 * most two line ends keeps that scan linear. Blank lines mean nothing in the fields read here.
 */
const BLANK_RUN = new RegExp(`[${LINE_END}](?:[^\\S${LINE_END}]*[${LINE_END}]){2,}`, 'g');

export function parseArticle(raw: string): ParsedArticle {
  // Exported archives often start with a blank line before the front matter.
  let text = raw.replace(/^(?:[^\S\n]*\n)+(?=---)/, '');
  if (!/^---[^\S\n]*\S*[^\S\n]*\n/.test(text)) throw new ArticleError('no front matter (the file must start with ---)');
  // gray-matter ends the front matter at the first line that starts with ---, or else at the end of the file.
  const close = text.indexOf('\n---', 3);
  if (close < 0) throw new ArticleError('front matter not closed (no --- line after it)');
  if (close > MAX_FRONT_MATTER_CHARS)
    throw new ArticleError(`front matter too large (${Math.round(close / 1024)} KB, limit ${MAX_FRONT_MATTER_CHARS / 1024} KB)`);
  text = text.slice(0, close).replace(BLANK_RUN, '\n\n') + text.slice(close);

  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(text, MATTER_OPTIONS);
  } catch (e) {
    if (e instanceof ArticleError) throw e;
    // js-yaml recurses per level of nesting: `[[[[…` a hundred thousand deep overflows the stack.
    const reason = e instanceof RangeError ? 'nested too deep' : e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new ArticleError(`invalid front matter: ${reason}`);
  }
  const data = (file.data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) throw new ArticleError('front matter is not a mapping');

  const title = asText(data.title);
  if (!title) throw new ArticleError('no title in front matter');

  const dateKey = ['date', 'published', 'pubDate', 'pubdate'].find((k) => data[k] != null);
  if (!dateKey) throw new ArticleError('no date in front matter');
  const rawDate = rawField(file.matter, dateKey);
  const published = parsePublishedDate(data[dateKey], rawDate);
  if (!published) throw new ArticleError(`unusable date in front matter: ${describeValue(rawDate, data[dateKey])}`);

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
