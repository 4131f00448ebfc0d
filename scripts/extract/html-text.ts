// Turns an article body (HTML, markdown, or a mix of both, as blogs and RSS archives hold them)
// into plain text blocks: paragraphs, headings, list items and quotes. Images, scripts, styles and
// other non-text elements give nothing. htmlparser2 is a streaming tokenizer: it never builds a tree,
// so a body nested thousands of levels deep costs no recursion. Its parser keeps the open elements
// in an array it shifts and searches, which costs the square of the depth; past MAX_DEPTH open
// elements the body is read again by a flat reader that needs no stack (see flatBlocks).
import { Parser, Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote';
export interface TextBlock {
  kind: BlockKind;
  text: string;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'figcaption', 'br', 'hr',
]);
/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title',
  'canvas', 'video', 'audio', 'picture', 'select', 'textarea', 'button', 'form',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that never hold content (as htmlparser2 knows them). */
const VOID_TAGS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** More open elements than real pages ever have (they stay under a hundred). */
export const MAX_DEPTH = 1000;

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
// A line break inside Chinese text is layout, not a space: 卢\n甘斯克 is one word.
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');

/** Collapses white space the way a browser would, but joins CJK characters across line breaks. */
export function normaliseSpace(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '').replace(/\s+/g, ' ').trim();
}

// A link target: no parentheses, or one level of balanced ones (wiki addresses). Neither the text
// nor the target class may cross an opening bracket, so a line of a million `[` or `](` is read in
// linear time (`\[[^\]]*\]` would cost the square of it).
const TARGET = String.raw`\((?:[^()]*(?:\([^()]*\)[^()]*)*)\)`;
const MD_IMAGE = new RegExp(String.raw`!\[[^[\]]*\]` + TARGET, 'g');
const MD_LINK = new RegExp(String.raw`\[([^[\]]*)\]` + TARGET, 'g');

/** Plain-text markdown: drops the syntax, keeps the words. */
function stripMarkdown(line: string): string {
  return line
    .replace(MD_IMAGE, '') // images
    .replace(MD_LINK, '$1') // links keep their text
    .replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+/, '') // headings, quotes, list markers
    .replace(/(\*\*|__|`)/g, '');
}

function markdownKind(line: string): BlockKind {
  if (/^\s{0,3}#{1,6}\s/.test(line)) return 'heading';
  if (/^\s{0,3}>/.test(line)) return 'quote';
  if (/^\s{0,3}([-*+]|\d+[.)])\s/.test(line)) return 'item';
  return 'paragraph';
}

/**
 * Text outside any HTML block element is read as markdown: a blank line or a heading, quote or list
 * marker starts a new block; other lines continue the block (hard-wrapped paragraphs).
 */
function looseTextBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lines: string[] = [];
  let kind: BlockKind = 'paragraph';
  const push = () => {
    const joined = normaliseSpace(lines.map(stripMarkdown).join('\n'));
    if (joined) blocks.push({ kind, text: joined });
    lines = [];
  };
  for (const line of text.split('\n')) {
    const marked = markdownKind(line) !== 'paragraph';
    if (!line.trim() || marked) push();
    if (!line.trim()) continue;
    if (marked || lines.length === 0) kind = markdownKind(line);
    lines.push(line);
    if (kind === 'heading') push();
  }
  push();
  return blocks;
}

/** Thrown from the parser's callbacks when the open elements pass MAX_DEPTH. */
class TooDeep extends Error {}

const pushAll = (to: TextBlock[], from: TextBlock[]) => {
  for (const b of from) to.push(b); // not push(...from): a body of a million lines overflows the call stack
};

export function htmlToBlocks(body: string): TextBlock[] {
  try {
    return treeBlocks(body);
  } catch (e) {
    if (e instanceof TooDeep) return flatBlocks(body);
    throw e;
  }
}

/**
 * The flat reader for bodies nested past MAX_DEPTH: every block element starts a new paragraph and
 * text inside skipped elements is dropped, as in treeBlocks, but nothing is kept per open element
 * (so headings, items and quotes all come out as paragraphs). Linear in the body's length.
 */
function flatBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let skipDepth = 0;
  let tag = '';
  const flush = () => {
    const text = normaliseSpace(buffer);
    if (text) blocks.push({ kind: 'paragraph', text });
    buffer = '';
  };
  const close = (name: string) => {
    if (SKIPPED_TAGS.has(name)) {
      if (skipDepth > 0) skipDepth--;
    } else if (skipDepth === 0 && BLOCK_TAGS.has(name)) flush();
  };
  const open = (name: string, selfClosing: boolean) => {
    if (SKIPPED_TAGS.has(name)) skipDepth++;
    else if (skipDepth === 0 && BLOCK_TAGS.has(name)) flush();
    if (selfClosing || VOID_TAGS.has(name)) close(name);
  };
  const ignore = () => {};
  const callbacks: TokenizerCallbacks = {
    onopentagname: (start, end) => void (tag = body.slice(start, end).toLowerCase()),
    onopentagend: () => open(tag, false),
    onselfclosingtag: () => open(tag, true),
    onclosetag: (start, end) => close(body.slice(start, end).toLowerCase()),
    ontext: (start, end) => {
      if (skipDepth === 0) buffer += body.slice(start, end);
    },
    ontextentity: (codepoint) => {
      if (skipDepth === 0) buffer += String.fromCodePoint(codepoint);
    },
    onattribdata: ignore,
    onattribentity: ignore,
    onattribend: ignore,
    onattribname: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onend: ignore,
    onprocessinginstruction: ignore,
    isInForeignContext: () => false,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true, recognizeSelfClosing: true }, callbacks);
  tokenizer.write(body);
  tokenizer.end();
  flush();
  return blocks;
}

function treeBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  // Open block elements and the kind each gives its text (a <p> inside a <blockquote> is a quote).
  // Kept as parallel stacks so that opening and closing stay O(1) however deep the nesting.
  const open: string[] = [];
  const kinds: BlockKind[] = [];
  let skipDepth = 0;
  let buffer = '';
  /** The parser's own count of open elements (it reports every open and every close, implied ones too). */
  let depth = 0;

  const kindNow = (): BlockKind => kinds[kinds.length - 1] ?? 'paragraph';
  const kindOf = (tag: string, parent: BlockKind): BlockKind => {
    if (parent !== 'paragraph') return parent;
    if (HEADINGS.has(tag)) return 'heading';
    if (tag === 'blockquote') return 'quote';
    if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'item';
    return 'paragraph';
  };
  const flush = () => {
    if (!/\S/.test(buffer)) buffer = ''; // the usual case between tags, and the cheapest
    else if (open.length === 0) pushAll(blocks, looseTextBlocks(buffer));
    else {
      const text = normaliseSpace(buffer);
      if (text) blocks.push({ kind: kindNow(), text });
    }
    buffer = '';
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (++depth > MAX_DEPTH) throw new TooDeep();
        if (skipDepth > 0 || SKIPPED_TAGS.has(name)) {
          if (SKIPPED_TAGS.has(name)) skipDepth++;
          return;
        }
        if (BLOCK_TAGS.has(name)) {
          flush();
          if (name !== 'br' && name !== 'hr') {
            kinds.push(kindOf(name, kindNow()));
            open.push(name);
          }
        }
      },
      ontext(text) {
        if (skipDepth === 0) buffer += text;
      },
      onclosetag(name) {
        depth--;
        if (SKIPPED_TAGS.has(name)) {
          if (skipDepth > 0) skipDepth--;
          return;
        }
        if (skipDepth > 0 || !BLOCK_TAGS.has(name) || name === 'br' || name === 'hr') return;
        flush();
        const at = open.lastIndexOf(name);
        if (at >= 0) open.length = kinds.length = at;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(body);
  parser.end();
  flush();
  return blocks;
}
