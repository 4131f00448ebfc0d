// Turns an article body (HTML, markdown, or a mix of both, as blogs and RSS archives hold them)
// into plain text blocks: paragraphs, headings, list items and quotes. Images, scripts, styles and
// other non-text elements give nothing. htmlparser2 is a streaming tokenizer: it never builds a tree,
// so a body nested thousands of levels deep costs no recursion.
import { Parser } from 'htmlparser2';

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

const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
// A line break inside Chinese text is layout, not a space: 卢\n甘斯克 is one word.
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}])`, 'g');

/** Collapses white space the way a browser would, but joins CJK characters across line breaks. */
export function normaliseSpace(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '').replace(/\s+/g, ' ').trim();
}

/** Plain-text markdown: drops the syntax, keeps the words. */
function stripMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
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

export function htmlToBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  // Open block elements and the kind each gives its text (a <p> inside a <blockquote> is a quote).
  // Kept as parallel stacks so that opening and closing stay O(1) however deep the nesting.
  const open: string[] = [];
  const kinds: BlockKind[] = [];
  let skipDepth = 0;
  let buffer = '';

  const kindNow = (): BlockKind => kinds[kinds.length - 1] ?? 'paragraph';
  const kindOf = (tag: string, parent: BlockKind): BlockKind => {
    if (parent !== 'paragraph') return parent;
    if (HEADINGS.has(tag)) return 'heading';
    if (tag === 'blockquote') return 'quote';
    if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'item';
    return 'paragraph';
  };
  const flush = () => {
    if (open.length === 0) blocks.push(...looseTextBlocks(buffer));
    else {
      const text = normaliseSpace(buffer);
      if (text) blocks.push({ kind: kindNow(), text });
    }
    buffer = '';
  };

  const parser = new Parser(
    {
      onopentag(name) {
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
