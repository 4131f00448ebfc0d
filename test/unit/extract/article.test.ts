import { describe, expect, it } from 'vitest';
import { ArticleError, decodeText, parseArticle } from '../../../scripts/extract/article.ts';

const article = (front: string, body = '<p>基辅4日发生爆炸。</p>') => `---\n${front}\n---\n${body}\n`;
const enc = (s: string) => new TextEncoder().encode(s);

describe('reading an article file', () => {
  it('reads the sample front matter: title, source, date, categories, image', () => {
    const parsed = parseArticle(
      article(
        "title: '俄罗斯允许乌克兰军队撤离'\ncategories:\n - 新媒体\n - Aljazeera 半岛网\nheadimg: 'https://example.com/a.jpg'\nauthor: Aljazeera 半岛网\ndate: Tue, 05 Apr 2022 09:59:09 GMT",
      ),
    );
    expect(parsed.meta).toEqual({
      title: '俄罗斯允许乌克兰军队撤离',
      source: 'Aljazeera 半岛网',
      published: '2022-04-05T09:59:09Z',
      categories: ['新媒体', 'Aljazeera 半岛网'],
      image: 'https://example.com/a.jpg',
    });
    expect(parsed.referenceDay).toBe('2022-04-05');
    expect(parsed.blocks).toEqual([{ kind: 'paragraph', text: '基辅4日发生爆炸。' }]);
  });

  it('takes a YAML date with an offset on the publisher’s day', () => {
    const parsed = parseArticle(article('title: 標題\ndate: 2022-04-05T00:30:00+08:00'));
    expect(parsed.meta.published).toBe('2022-04-04T16:30:00Z');
    expect(parsed.referenceDay).toBe('2022-04-05');
  });

  it('falls back to the first category as the source, and reads a link', () => {
    const parsed = parseArticle(article('title: T\ndate: 2022-04-05\ncategories: 新闻\nlink: https://example.com/x'));
    expect(parsed.meta.source).toBe('新闻');
    expect(parsed.meta.url).toBe('https://example.com/x');
  });

  it('drops links and images that are not web addresses', () => {
    const parsed = parseArticle(article("title: T\ndate: 2022-04-05\nimage: 'javascript:alert(1)'\nlink: 'data:text/html,x'"));
    expect(parsed.meta.image).toBeUndefined();
    expect(parsed.meta.url).toBeUndefined();
  });

  it('never runs JavaScript front matter', () => {
    const evil = '---js\n{ title: (globalThis.pwned = true, "x"), date: "2022-04-05" }\n---\n<p>x</p>';
    expect(() => parseArticle(evil)).toThrow(ArticleError);
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  const bad: { name: string; text: string; reason: RegExp }[] = [
    { name: 'no front matter', text: '<p>正文</p>', reason: /no front matter/ },
    { name: 'no title', text: article('date: 2022-04-05'), reason: /no title/ },
    { name: 'no date', text: article('title: T'), reason: /no date/ },
    { name: 'impossible date', text: article('title: T\ndate: 2022-02-30'), reason: /unusable date/ },
    { name: 'broken YAML', text: article('title: [unclosed\ndate: 2022-04-05'), reason: /invalid front matter/ },
    { name: 'empty body', text: article('title: T\ndate: 2022-04-05', '<p> </p>'), reason: /empty body/ },
  ];
  it.each(bad)('refuses $name with a reason', ({ text, reason }) => {
    expect(() => parseArticle(text)).toThrow(reason);
  });
});

describe('decoding bytes', () => {
  it('strips a byte-order mark and CRLF line ends', () => {
    expect(decodeText(enc('\uFEFF---\r\ntitle: T\r\n'))).toBe('---\ntitle: T\n');
  });
  it('refuses empty, binary and non-UTF-8 files', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(/empty file/);
    expect(() => decodeText(new Uint8Array([0x2d, 0, 0x2d]))).toThrow(/binary/);
    // 基辅 in GBK
    expect(() => decodeText(new Uint8Array([0xbb, 0xf9, 0xb8, 0xa8]))).toThrow(/not UTF-8/);
  });
});

describe('leading blank lines', () => {
  it('are allowed before the front matter, as in exported archives', () => {
    const parsed = parseArticle('\n\n---\ntitle: T\ndate: 2022-04-05\n---\n<p>基辅</p>');
    expect(parsed.meta.title).toBe('T');
  });
});
