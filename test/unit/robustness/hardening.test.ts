// The reading side of issue 7, function by function: encodings, hostile front matter, pathological
// HTML and markdown, run-on lines, and the build going on past a file that breaks an extractor.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError, MAX_FILE_BYTES, decodeText, parseArticle } from '../../../scripts/extract/article.ts';
import { readArticleFile } from '../../../scripts/extract/corpus.ts';
import { buildDataset } from '../../../scripts/extract/dataset.ts';
import { MAX_DEPTH, htmlToBlocks } from '../../../scripts/extract/html-text.ts';
import { loadGazetteer } from '../../../scripts/extract/places/index.ts';
import { dropRepeatedQuotes } from '../../../scripts/extract/repeated-quotes.ts';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../../scripts/extract/sentences.ts';
import { GROWTH_LIMIT, GROWTH_LIMIT_WITH_GC, describeGrowth, settledGrowth } from '../property/timing.ts';

const fixtures = new URL('../../fixtures/bad/', import.meta.url).pathname;
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const read = (bytes: Uint8Array) => parseArticle(decodeText(bytes));
const reason = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof ArticleError) return e.message;
    throw e;
  }
  return '(read)';
};
const enc = (s: string) => new TextEncoder().encode(s);
const BLOCKS = [
  { kind: 'paragraph', text: '基辅4日发生爆炸。' },
  { kind: 'paragraph', text: '马里乌波尔5日停火。' },
];

describe('encodings', () => {
  it.each(['crlf-bom.md', 'utf16le-bom.md', 'utf16be-bom.md'])('reads %s like plain UTF-8', (name) => {
    const article = read(fixture(name));
    expect(article.meta.title).toBe('基辅发生爆炸');
    expect(article.meta.published).toBe('2022-04-05T09:00:00Z');
    expect(article.blocks).toEqual(BLOCKS);
  });

  it.each([
    ['utf16le-no-bom.md', /^UTF-16 text without a byte-order mark: save it as UTF-8$/],
    ['gbk.md', /^not UTF-8 text \(it reads as GBK\/GB18030: convert it to UTF-8/],
  ])('refuses %s with a reason that says what to do', (name, expected) => {
    expect(reason(() => read(fixture(name)))).toMatch(expected);
  });

  it('refuses UTF-32, broken UTF-16, NUL bytes and bad UTF-8', () => {
    expect(reason(() => decodeText(new Uint8Array([0xff, 0xfe, 0, 0, 0x2d, 0, 0, 0])))).toMatch(/^UTF-32/);
    expect(reason(() => decodeText(new Uint8Array([0xff, 0xfe, 0x2d, 0, 0x2d])))).toBe('not valid UTF-16LE text');
    expect(reason(() => decodeText(new Uint8Array([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41])))).toBe('not valid UTF-16BE text');
    expect(reason(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0, 0, 0])))).toMatch(/^binary file/);
    expect(reason(() => decodeText(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0, 0x89, 0x50])))).toMatch(/^binary file/);
    expect(reason(() => decodeText(new Uint8Array([0x2d, 0xc0, 0xaf])))).toMatch(/^not UTF-8 text/);
    expect(reason(() => decodeText(new Uint8Array([0x2d, 0xff, 0x41])))).toBe('not UTF-8 text'); // not GBK either
  });

  it('refuses a file over the limit by its size, with the figures', () => {
    expect(reason(() => decodeText(new Uint8Array(MAX_FILE_BYTES + 1)))).toBe('body too large (2.0 MB, limit 2 MB)');
    const dir = mkdtempSync(join(tmpdir(), 'chronomap-large-'));
    writeFileSync(join(dir, 'big.md'), new Uint8Array(5 * 1024 * 1024));
    expect(reason(() => readArticleFile(join(dir, 'big.md')))).toBe('body too large (5.0 MB, limit 2 MB)');
    expect(reason(() => readArticleFile(join(dir, 'gone.md')))).toBe('cannot read the file (ENOENT)');
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('hostile front matter', () => {
  it('never runs JavaScript, by engine or by tag', () => {
    expect(reason(() => read(fixture('js-front-matter.md')))).toBe('front matter in JavaScript is not allowed (it would run code)');
    expect(reason(() => read(fixture('js-function-tag.md')))).toMatch(/^invalid front matter: unknown tag !<tag:yaml.org,2002:js\/function>/);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('never expands an alias bomb, not even in the message', () => {
    const started = performance.now();
    expect(reason(() => read(fixture('billion-laughs.md')))).toBe('unusable date in front matter: "*i"');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('says what is wrong with the date as written', () => {
    expect(reason(() => read(fixture('impossible-date.md')))).toBe('unusable date in front matter: "2022-02-30"');
    expect(reason(() => parseArticle('---\ntitle: t\ndate: [2022, 4]\n---\n<p>x</p>'))).toBe('unusable date in front matter: "[2022, 4]"');
  });

  it('refuses front matter that is never closed, too large, or nested past the stack', () => {
    expect(reason(() => read(fixture('not-closed.md')))).toBe('front matter not closed (no --- line after it)');
    const huge = `---\ntitle: t\ndate: 2022-04-05\nx: "${'a'.repeat(300_000)}"\n---\n<p>x</p>`;
    expect(reason(() => parseArticle(huge))).toMatch(/^front matter too large \(\d+ KB, limit 256 KB\)$/);
    expect(reason(() => parseArticle(`---\ntitle: ${'['.repeat(100_000)}\n---\n<p>x</p>`))).toBe('invalid front matter: nested too deep');
  });

  it('reads a date followed by a YAML comment, offset kept', () => {
    const article = parseArticle('---\ntitle: t\ndate: 2022-04-05T00:30:00+08:00   # Beijing\n---\n<p>基辅</p>');
    expect(article.meta.published).toBe('2022-04-04T16:30:00Z');
    expect(article.referenceDay).toBe('2022-04-05');
  });

  it('reads front matter with 150 000 blank lines in linear time', () => {
    // gray-matter's own comment scan costs the square of a run of blank lines: hours for this one.
    const started = performance.now();
    const article = parseArticle(`---\n${'\n'.repeat(100_000)}title: 空\n${' \n\u3000\n'.repeat(25_000)}date: 2022-04-05\n---\n<p>基辅</p>`);
    expect(article.meta.title).toBe('空');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('pathological bodies', { timeout: 120_000 }, () => {
  it('reads HTML nested past MAX_DEPTH with the flat reader, keeping the text', () => {
    for (const depth of [MAX_DEPTH - 10, MAX_DEPTH + 10, 100_000]) {
      const html = '<div>'.repeat(depth) + '<p>基辅4日发生爆炸。</p><script>x</script>马里乌波尔5日停火。' + '</div>'.repeat(depth);
      expect(htmlToBlocks(html), `depth ${depth}`).toEqual(BLOCKS);
    }
    expect(htmlToBlocks('<b>'.repeat(50_000) + '基辅4日发生爆炸。<br>马里乌波尔5日停火。')).toEqual(BLOCKS);
  });

  it('keeps the kinds of blocks below MAX_DEPTH', () => {
    const html = '<section>'.repeat(MAX_DEPTH - 5) + '<h2>标题</h2><blockquote><p>引语。</p></blockquote><li>条目</li>';
    expect(htmlToBlocks(html)).toEqual([
      { kind: 'heading', text: '标题' },
      { kind: 'quote', text: '引语。' },
      { kind: 'item', text: '条目' },
    ]);
  });

  it('still strips markdown links and images, parentheses in the address too', () => {
    expect(htmlToBlocks('见[维基](https://zh.wikipedia.org/wiki/基辅_(城市))和![图](a.png "标题")。')).toEqual([
      { kind: 'paragraph', text: '见维基和。' },
    ]);
    expect(htmlToBlocks('[链接](https://example.com "标题")')).toEqual([{ kind: 'paragraph', text: '链接' }]);
  });

  it.each([
    ['nested divs', (n: number) => '<div>'.repeat(n / 5) + '</div>'.repeat(n / 6)],
    ['stray closing tags', (n: number) => '<div>'.repeat(900) + '</p>'.repeat(n / 4)],
    ['unclosed inline tags', (n: number) => '<span>'.repeat(n / 6)],
    ['markdown [', (n: number) => '['.repeat(n)],
    ['markdown ![', (n: number) => '!['.repeat(n / 2)],
    ['markdown [a](', (n: number) => '[a]('.repeat(n / 4)],
    ['markdown ](( ', (n: number) => '[a](('.repeat(n / 5)],
    ['lines', (n: number) => '基辅\n\n'.repeat(n / 4)],
  ])('reads %s in linear time', async (_name, make) => {
    const g = await settledGrowth(make, htmlToBlocks);
    expect(g.ratio, describeGrowth(g)).toBeLessThan(GROWTH_LIMIT);
    expect(g.ratioWithGc, describeGrowth(g)).toBeLessThan(GROWTH_LIMIT_WITH_GC);
  });

  it('reads a run-on front matter and body in linear time', async () => {
    const make = (n: number) => `---\ntitle: t\ndate: 2022-04-05${' #'.repeat(n / 4)}\n${'\n'.repeat(n / 4)}---\n${'<p>基辅。</p>'.repeat(n / 20)}`;
    const g = await settledGrowth(make, parseArticle);
    expect(g.ratio, describeGrowth(g)).toBeLessThan(GROWTH_LIMIT);
    expect(g.ratioWithGc, describeGrowth(g)).toBeLessThan(GROWTH_LIMIT_WITH_GC);
  });
});

describe('run-on sentences', () => {
  it('are cut after a clause mark, into pieces of at most MAX_SENTENCE_CHARS', () => {
    const clause = '乌克兰东部的战斗仍在继续，';
    const text = clause.repeat(300);
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(p.endsWith('，') || p === pieces[pieces.length - 1]).toBe(true);
    }
    expect(pieces.join('')).toBe(text);
  });

  it('are cut hard where there is no mark, never inside a surrogate pair', () => {
    const text = '𠀀'.repeat(1500); // outside the BMP: two UTF-16 units each
    const pieces = splitSentences(text);
    expect(pieces.join('')).toBe(text);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    for (const p of pieces) expect(p, 'a lone surrogate').not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('leave real sentences alone', () => {
    expect(splitSentences('俄罗斯国防部4日表示，准备从5日早上开始开放走廊。随后离开。')).toEqual([
      '俄罗斯国防部4日表示，准备从5日早上开始开放走廊。',
      '随后离开。',
    ]);
  });
});

describe('pull quotes', () => {
  it('bound the work of looking for repeats, and keep what they cannot check', () => {
    const blocks = [];
    for (let i = 0; i < 5000; i++) {
      blocks.push({ kind: 'paragraph' as const, text: `罗马第${i}次会议，各方同意继续谈判。` });
      blocks.push({ kind: 'quote' as const, text: `引语${i}号` });
    }
    const started = performance.now();
    const kept = dropRepeatedQuotes(blocks);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(kept.length).toBe(blocks.length); // no quote repeats a paragraph
    const repeat = [{ kind: 'paragraph' as const, text: '罗马1日开会。' }, { kind: 'quote' as const, text: '罗马1日开会' }];
    expect(dropRepeatedQuotes(repeat)).toEqual([repeat[0]]);
  });
});

describe('the build', () => {
  const good = (title: string) => enc(`---\ntitle: ${title}\ndate: 2022-04-05\n---\n<p>基辅4日发生爆炸。</p>`);

  it('goes on past a file that breaks, naming it as an internal error', () => {
    const { dataset, skipped } = buildDataset(
      [
        { file: 'a.md', read: () => good('甲') },
        {
          file: 'b.md',
          read: () => {
            throw new TypeError('boom\nsecond line');
          },
        },
        { file: 'c.md', read: () => good('丙') },
      ],
      loadGazetteer(),
    );
    expect(dataset.articles.map((a) => a.file)).toEqual(['a.md', 'c.md']);
    expect(skipped).toEqual([{ file: 'b.md', reason: 'internal error while reading it (please report this file): TypeError: boom second line' }]);
  });

  it('leaves no trace of a file that failed after it was read', () => {
    // An extractor failing in the middle of an article: neither the article nor any of its events stays.
    const gazetteer = loadGazetteer();
    const files = [{ file: 'a.md', read: () => good('甲') }];
    const clean = buildDataset(files, gazetteer);
    const broken = buildDataset(files, gazetteer, {
      onSentence: () => {
        throw new RangeError('extractor overflow');
      },
    });
    expect(broken.dataset.articles).toEqual([]);
    expect(broken.dataset.events).toEqual([]);
    expect(broken.skipped[0]!.reason).toMatch(/^internal error .*RangeError: extractor overflow$/);
    expect(clean.dataset.events.length).toBeGreaterThan(0);
  });
});
