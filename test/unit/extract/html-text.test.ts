import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../scripts/extract/html-text.ts';

describe('HTML body to text blocks', () => {
  it('keeps paragraphs, headings, list items and quotes as blocks of their kind', () => {
    const blocks = htmlToBlocks(
      '<div><h3>红十字会</h3><p>第一段。</p><ul><li>要点一</li><li>要点二</li></ul><blockquote><p>引语。</p></blockquote></div>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: '红十字会' },
      { kind: 'paragraph', text: '第一段。' },
      { kind: 'item', text: '要点一' },
      { kind: 'item', text: '要点二' },
      { kind: 'quote', text: '引语。' },
    ]);
  });

  it('drops images, scripts, styles and their text', () => {
    const blocks = htmlToBlocks(
      '<p><img src="x.jpg" alt="图片说明"></p><script>alert("基辅")</script><style>p{}</style><p>正文<b>加粗</b>。</p>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: '正文加粗。' }]);
  });

  it('decodes entities and joins Chinese words broken across lines', () => {
    expect(htmlToBlocks('<p>乌克兰东部卢\n甘斯克&amp;顿涅茨克 &lt;b&gt;</p>')).toEqual([
      { kind: 'paragraph', text: '乌克兰东部卢甘斯克&顿涅茨克 <b>' },
    ]);
  });

  it('keeps a space between Latin words', () => {
    expect(htmlToBlocks('<p>Joe\nBiden said</p>')[0]!.text).toBe('Joe Biden said');
  });

  it('reads a markdown body: headings, quotes, lists, wrapped paragraphs, links', () => {
    const blocks = htmlToBlocks('# 标题\n\n第一行\n第二行。\n\n> 引用\n\n- 条目 [链接](https://example.com)\n![图](a.png)\n');
    expect(blocks).toEqual([
      { kind: 'heading', text: '标题' },
      { kind: 'paragraph', text: '第一行第二行。' },
      { kind: 'quote', text: '引用' },
      { kind: 'item', text: '条目链接' },
    ]);
  });

  it('survives deeply nested markup without recursion', () => {
    const depth = 20_000;
    const html = '<div>'.repeat(depth) + '<p>深处。</p>' + '</div>'.repeat(depth);
    expect(htmlToBlocks(html)).toEqual([{ kind: 'paragraph', text: '深处。' }]);
  });
});
