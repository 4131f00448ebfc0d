// A corpus of bad article files for the robustness test (issue 7): well over a thousand malformed
// files, a few big hostile ones, and the good articles they are mixed with, written to a temporary
// folder. Every file says what the build must do with it:
//
//   good      a real or a plain generated article;
//   tolerated odd but readable (CRLF, byte-order marks, UTF-16 with a BOM, HTML nested 100 000 deep,
//             a line of 300 000 characters, 200 000 blank lines in the front matter …): it must be
//             built like a good one, and quickly;
//   refused   skipped with one stderr line naming it, whose reason matches `reason`.
//
// Generated from a fixed seed (CHRONOMAP_FUZZ_SEED overrides it), so a failure can be replayed. The
// `mixed` folder holds every file; `clean` holds the good and tolerated ones alone, under the same
// names, and must build into the same bytes.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listArticleFiles } from '../../../scripts/extract/corpus.ts';

const root = new URL('../../..', import.meta.url).pathname;

export type Expectation = { kind: 'good' } | { kind: 'tolerated' } | { kind: 'refused'; reason: RegExp };

export interface CorpusFile {
  /** Path below the corpus folder, '/' separators. */
  file: string;
  bytes: Uint8Array;
  expect: Expectation;
  /** What the file is, for failure messages. */
  what: string;
  /** For an encoding or line-end variant: the good file it must build like. */
  sameAs?: string;
}

export interface Corpus {
  mixed: string;
  clean: string;
  files: CorpusFile[];
  /** A file that JavaScript front matter would create if it ever ran. */
  pwnedMarker: string;
  /** Files that are not articles at all (wrong extension, hidden, a symlink): never mentioned. */
  ignored: string[];
}

export const FIFTY_MB = 50 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Helpers

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof random>;

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}

function utf32le(text: string): Uint8Array {
  const cps = [0xfeff, ...[...text].map((c) => c.codePointAt(0)!)];
  const out = new Uint8Array(cps.length * 4);
  cps.forEach((cp, i) => new DataView(out.buffer).setUint32(i * 4, cp, true));
  return out;
}

let gbkTable: Map<string, number[]> | undefined;
/** A GBK encoder, built by decoding every two-byte GBK sequence once (Node's full ICU has the decoder). */
function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const c = decoder.decode(new Uint8Array([hi, lo]));
        if (c.length === 1 && c !== '\uFFFD' && !gbkTable.has(c)) gbkTable.set(c, [hi, lo]);
      }
  }
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else for (const b of gbkTable.get(c) ?? [0x3f]) bytes.push(b);
  }
  return new Uint8Array(bytes);
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const CITIES = ['基辅', '马里乌波尔', '日内瓦', '罗马', '莫斯科', '哈尔科夫', '敖德萨', '顿涅茨克', '伦敦', '巴黎', '柏林', '赫尔松'];
const CJK_NOISE = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
const LATIN_NOISE = 'abcdefghijklmnopqrstuvwxyz0123456789 ,.:;!?-_#*[](){}<>"\'/\\|`~@$%^&+=';

const noise = (r: Random, n: number, alphabet: string) => Array.from({ length: n }, () => alphabet[r.int(0, alphabet.length - 1)]).join('');

function day(r: Random): string {
  const y = r.int(1990, 2030);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A plain good article: a dated sentence with a place or two, in HTML or markdown. */
function plainArticle(r: Random, i: number): string {
  const city = r.pick(CITIES);
  const other = r.pick(CITIES);
  const d = r.int(1, 28);
  const html = r.next() < 0.5;
  const body = html
    ? `<p>${city}${d}日发生爆炸，当局说${other}也受到影响。</p>\n<p>官员表示，去年${r.int(1, 12)}月以来局势持续紧张。</p>`
    : `${city}${d}日发生爆炸，当局说${other}也受到影响。\n\n官员表示，去年${r.int(1, 12)}月以来局势持续紧张。`;
  return `---\ntitle: ${city}报道 ${i}\ndate: ${day(r)}T0${r.int(0, 9)}:00:00Z\nauthor: 测试社\n---\n${body}\n`;
}

// ---------------------------------------------------------------------------------------------

export function buildCorpusFiles(seed = Number(process.env.CHRONOMAP_FUZZ_SEED ?? 20220405), pwnedMarker = '/tmp/chronomap-pwned'): CorpusFile[] {
  const r = random(seed);
  const files: CorpusFile[] = [];
  const add = (file: string, content: string | Uint8Array, expect: Expectation, what: string, sameAs?: string) => {
    const entry: CorpusFile = { file, bytes: typeof content === 'string' ? utf8(content) : content, expect, what };
    if (sameAs) entry.sameAs = sameAs;
    files.push(entry);
  };
  const good = { kind: 'good' } as const;
  const tolerated = { kind: 'tolerated' } as const;
  const refused = (reason: RegExp) => ({ kind: 'refused', reason }) as const;

  // Good: the samples, the evaluation articles, and plain generated ones.
  const sources: { file: string; text: string }[] = [];
  for (const [dir, prefix] of [['articles', 'samples'], ['test/fixtures/eval/articles', 'eval']] as const)
    for (const f of listArticleFiles(join(root, dir))) {
      const text = readFileSync(join(root, dir, f), 'utf8');
      sources.push({ file: `good/${prefix}/${f}`, text });
      add(`good/${prefix}/${f}`, text, good, `the ${prefix} article ${f}`);
    }
  for (let i = 0; i < 20; i++) add(`good/plain/${String(i).padStart(3, '0')}.md`, plainArticle(r, i), good, 'a plain generated article');
  // Same title, same body, different files: two articles, not one.
  const twin = plainArticle(r, 999);
  add('good/twins/a.md', twin, good, 'one of two articles with the same title');
  add('good/twins/b.md', twin, good, 'one of two articles with the same title');
  add('good/names/带 空格 的 名字.md', plainArticle(r, 1000), good, 'a file name with spaces and Chinese');
  add('good/names/UPPER.MD', plainArticle(r, 1001), good, 'an upper-case extension');
  add('good/names/folder.md/inside.markdown', plainArticle(r, 1002), good, 'a folder whose name ends in .md');

  // Tolerated: the samples in other encodings and line ends build exactly like the originals.
  for (const s of sources.slice(0, 5)) {
    const name = s.file.split('/').pop()!.replace(/\.\w+$/, '');
    const lf = s.text.replace(/\r\n?/g, '\n');
    add(`tolerated/crlf/${name}.md`, lf.replace(/\n/g, '\r\n'), tolerated, 'CRLF line ends', s.file);
    add(`tolerated/cr/${name}.md`, lf.replace(/\n/g, '\r'), tolerated, 'old Mac CR line ends', s.file);
    add(`tolerated/utf8-bom/${name}.md`, concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(lf)), tolerated, 'a UTF-8 byte-order mark', s.file);
    add(`tolerated/utf8-bom-crlf/${name}.md`, concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(lf.replace(/\n/g, '\r\n'))), tolerated, 'BOM and CRLF', s.file);
    add(`tolerated/utf16le-bom/${name}.md`, utf16(lf, 'le', true), tolerated, 'UTF-16LE with a BOM', s.file);
    add(`tolerated/utf16be-bom/${name}.md`, utf16(lf, 'be', true), tolerated, 'UTF-16BE with a BOM', s.file);
    add(`tolerated/utf16le-bom-crlf/${name}.md`, utf16(lf.replace(/\n/g, '\r\n'), 'le', true), tolerated, 'UTF-16LE, BOM, CRLF', s.file);
    add(`tolerated/blank-lines-first/${name}.md`, `\n\n  \n${lf.replace(/^\s*/, '')}`, tolerated, 'blank lines before the front matter', s.file);
  }
  const frontWith = (extra: string) => `---\ntitle: 容忍 ${extra.length}\ndate: 2022-04-05T09:00:00Z\n---\n`;
  add('tolerated/html/nested-div-5000.md', frontWith('a') + '<div>'.repeat(5000) + '<p>基辅4日发生爆炸。</p>' + '</div>'.repeat(5000), tolerated, 'HTML nested 5 000 deep');
  add('tolerated/html/nested-div-100000.md', frontWith('b') + '<div>'.repeat(100_000) + '<p>基辅4日发生爆炸。</p>' + '</div>'.repeat(100_000), tolerated, 'HTML nested 100 000 deep');
  add('tolerated/html/unclosed-span-100000.md', frontWith('c') + '<span>'.repeat(100_000) + '马里乌波尔5日停火。', tolerated, '100 000 unclosed spans');
  add('tolerated/html/unmatched-close-100000.md', frontWith('d') + '<p>日内瓦10日举行会谈。</p>' + '<div>'.repeat(900) + '</p>'.repeat(100_000), tolerated, '900 open divs then 100 000 stray </p>');
  add('tolerated/html/many-blocks.md', frontWith('e') + Array.from({ length: 5_000 }, (_, i) => `<p>第${i}段</p>`).join(''), tolerated, '5 000 paragraphs');
  add('tolerated/html/many-quotes.md', frontWith('f') + Array.from({ length: 3_000 }, (_, i) => `<p>罗马第${i}次会议。</p><blockquote>引语${i}号</blockquote>`).join(''), tolerated, '3 000 pull quotes');
  add('tolerated/markdown/brackets.md', frontWith('g') + '基辅4日发生爆炸。' + '['.repeat(300_000), tolerated, 'a line of 300 000 [');
  add('tolerated/markdown/link-openers.md', frontWith('h') + '基辅4日发生爆炸。' + '[a]('.repeat(100_000), tolerated, '100 000 unclosed links');
  add('tolerated/markdown/image-openers.md', frontWith('i') + '基辅4日发生爆炸。' + '!['.repeat(150_000), tolerated, '150 000 unclosed images');
  add('tolerated/markdown/many-lines.md', frontWith('j') + '基辅\n\n'.repeat(20_000), tolerated, '20 000 one-word paragraphs');
  const runOn = '乌克兰东部的战斗仍在继续基辅方面表示俄罗斯军队在顿巴斯地区发动新的攻势2022年3月以来';
  add('tolerated/long-line/cjk-300k.md', frontWith('k') + runOn.repeat(Math.ceil(300_000 / runOn.length)), tolerated, 'a 300 000-character line without punctuation');
  add('tolerated/long-line/latin-300k.md', frontWith('l') + 'word '.repeat(60_000), tolerated, 'a 300 000-character Latin line');
  add('tolerated/long-line/digits.md', frontWith('m') + '1'.repeat(200_000), tolerated, '200 000 digits');
  add('tolerated/long-line/dates.md', frontWith('n') + '2022年'.repeat(50_000), tolerated, '2022年 50 000 times');
  add('tolerated/long-line/days.md', frontWith('o') + '日'.repeat(200_000), tolerated, '日 200 000 times');
  add('tolerated/long-line/places.md', frontWith('p') + '乌克兰'.repeat(60_000), tolerated, '乌克兰 60 000 times');
  add('tolerated/front/blank-lines.md', '---\n' + '\n'.repeat(200_000) + 'title: 空行\ndate: 2022-04-05\n---\n<p>基辅4日发生爆炸。</p>', tolerated, '200 000 blank lines in the front matter');
  add('tolerated/front/spaces-and-lines.md', '---\n' + ' \n \u3000\n\t\n'.repeat(30_000) + 'title: 空白\ndate: 2022-04-05\n---\n<p>基辅4日发生爆炸。</p>', tolerated, 'lines of spaces in the front matter');
  add('tolerated/front/date-comment.md', '---\ntitle: 注释\ndate: 2022-04-05T08:00:00+08:00 # Beijing time\n---\n<p>基辅4日发生爆炸。</p>', tolerated, 'a comment after the date');
  add('tolerated/front/json.md', '---json\n{"title": "JSON 前言", "date": "2022-04-05"}\n---\n<p>基辅4日发生爆炸。</p>', tolerated, 'JSON front matter');
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [prev, cur] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh', 'hi'])
    laughs.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  const bomb = laughs.join('\n');
  add('tolerated/front/bomb-in-categories.md', `---\ntitle: 笑\ndate: 2022-04-05\n${bomb}\ncategories: *i\ntags: *i\n---\n<p>基辅4日发生爆炸。</p>`, tolerated, 'a billion laughs in categories (never expanded)');
  add('tolerated/front/merge-bomb.md', `---\ntitle: 合并\ndate: 2022-04-05\na: &a {x: 1, y: 2}\nb: &b {<<: [*a, *a, *a]}\nc: &c {<<: [*b, *b, *b]}\n---\n<p>基辅4日发生爆炸。</p>`, tolerated, 'a merge-key bomb');
  add('tolerated/body/control-chars.md', frontWith('q') + '<p>基辅\u00014日\u0007发生\u001b[31m爆炸。</p>', tolerated, 'control characters in the body');
  add('tolerated/body/entities.md', frontWith('r') + '<p>基辅&#xD800;4日&#0;发生&#x110000;爆炸&bogus;。&lt;script&gt;</p>', tolerated, 'bad numeric entities');
  add('tolerated/body/script-only-text.md', frontWith('s') + '<script>document.write("基辅")</script><p>日内瓦10日举行会谈。</p>', tolerated, 'a script beside the text');
  const paragraph = '<p>罗马5日举行会谈。</p>\n';
  const nearLimit = utf8(frontWith('t') + paragraph.repeat(Math.floor((1.95 * 1024 * 1024) / utf8(paragraph).length)));
  add('tolerated/near-limit.md', nearLimit, tolerated, `a ${(nearLimit.length / 1024 / 1024).toFixed(2)} MB file (just under the limit)`);

  // Refused: the file itself.
  const anyBinary = /^(binary file|not UTF-8 text|not valid UTF-16|UTF-16 text without|UTF-32 text|no front matter|empty file)/;
  for (let i = 0; i < 300; i++) {
    const bytes = new Uint8Array(r.int(1, 2048));
    for (let j = 0; j < bytes.length; j++) bytes[j] = r.int(0, 255);
    add(`bad/random/${String(i).padStart(3, '0')}.md`, bytes, refused(anyBinary), 'random bytes');
  }
  for (let i = 0; i < 40; i++)
    add(`bad/random-text/${String(i).padStart(3, '0')}.txt`, noise(r, r.int(1, 400), i % 2 ? CJK_NOISE : LATIN_NOISE).replace(/^-+/, ''), refused(/^(no front matter|empty file)/), 'random text');
  for (let i = 0; i < 10; i++) add(`bad/empty/${i}.md`, new Uint8Array(), refused(/^empty file$/), 'an empty file');
  for (const [i, ws] of [' ', '\n', '\r\n\r\n', '\t \n', '\u3000'].entries()) add(`bad/whitespace/${i}.md`, ws, refused(/^no front matter/), 'white space only');

  // Truncated inside the front matter: cut at every kind of place, including inside a character.
  for (let i = 0; i < 250; i++) {
    const s = sources[i % sources.length]!;
    const bytes = utf8(s.text);
    const frontEnd = new TextEncoder().encode(s.text.slice(0, s.text.indexOf('\n---', 4))).length;
    const cut = r.int(1, frontEnd);
    add(`bad/truncated/${String(i).padStart(3, '0')}.md`, bytes.slice(0, cut), refused(/^(front matter not closed|not UTF-8 text|no front matter|empty file)/), `truncated at byte ${cut}`);
  }

  // Front matter that is not YAML, or not a mapping.
  const broken = [
    'title: [unclosed\ndate: 2022-04-05',
    'title: "unclosed\ndate: 2022-04-05',
    "title: 'unclosed\ndate: 2022-04-05",
    'title: {a: 1\ndate: 2022-04-05',
    'title: a\ntitle: b\ndate: 2022-04-05',
    'title: *nope\ndate: 2022-04-05',
    'title: a\n  date: 2022-04-05\n bad: indentation',
    'title: a: b: c\ndate: 2022-04-05',
    'title: !!binary "###"\ndate: 2022-04-05',
    'title: !!timestamp "not a time"\ndate: 2022-04-05',
    'title: !!int "x"\ndate: 2022-04-05',
    '%YAML 9.9\n---\ntitle: a',
    '? [a, b]\n: c\n? [a, b]\n: d',
    'title: a\n- b',
    'title: ' + '['.repeat(100_000),
    'title: ' + '{a: '.repeat(30_000),
    'title: ' + '- '.repeat(20_000),
    'title: a\ndate: 2022-04-05\n' + '  '.repeat(5000) + 'x: [',
    '\u0000title: a',
  ];
  for (let i = 0; i < 150; i++) {
    const front = broken[i % broken.length]!;
    add(`bad/yaml/${String(i).padStart(3, '0')}.md`, `---\n${front}\n---\n<p>基辅${r.int(1, 28)}日发生爆炸。</p>\n`, refused(/^(invalid front matter: |binary file|front matter too large|no title)/), `broken YAML: ${JSON.stringify(front.slice(0, 30))}`);
  }
  const notMappings = ['just a string', '- a\n- b', '42', '2022-04-05', 'null', '[1, 2]'];
  for (const [i, front] of notMappings.entries())
    add(`bad/not-mapping/${i}.md`, `---\n${front}\n---\n<p>基辅</p>\n`, refused(/^(front matter is not a mapping|no title)/), `front matter ${JSON.stringify(front)}`);
  add('bad/yaml/too-large.md', `---\ntitle: 大\ndate: 2022-04-05\nnote: "${'x'.repeat(300 * 1024)}"\n---\n<p>基辅</p>`, refused(/^front matter too large \(30\d KB, limit 256 KB\)$/), 'a 300 KB front matter');

  // YAML that tries to expand or to run code.
  add('bad/bomb/title.md', `---\n${bomb}\ntitle: *i\ndate: 2022-04-05\n---\n<p>基辅</p>`, refused(/^no title/), 'a billion laughs as the title');
  add('bad/bomb/date.md', `---\ntitle: 笑\n${bomb}\ndate: *i\n---\n<p>基辅</p>`, refused(/^unusable date in front matter: /), 'a billion laughs as the date');
  add('bad/bomb/recursive.md', `---\ntitle: &t [*t]\ndate: 2022-04-05\n---\n<p>基辅</p>`, refused(/^(invalid front matter: |no title)/), 'a self-referencing alias');
  for (let i = 0; i < 20; i++) {
    const width = r.int(5, 20);
    const levels = [`a0: &a0 [${Array(width).fill('"lol"').join(',')}]`];
    for (let l = 1; l < 12; l++) levels.push(`a${l}: &a${l} [${Array(width).fill(`*a${l - 1}`).join(',')}]`);
    const key = r.pick(['title', 'date', 'author', 'link', 'image']);
    const expected = key === 'title' ? /^no title/ : key === 'date' ? /^unusable date/ : /^no date in front matter/;
    const rest = key === 'title' ? 'date: 2022-04-05' : key === 'date' ? 'title: 笑' : 'title: 笑';
    add(`bad/bomb/${String(i).padStart(2, '0')}-${key}.md`, `---\n${levels.join('\n')}\n${rest}\n${key}: *a11\n---\n<p>基辅</p>`, refused(expected), `an alias bomb (${width}^12) as ${key}`);
  }
  const marker = JSON.stringify(pwnedMarker);
  const code = [
    `---js\nrequire('fs').writeFileSync(${marker}, 'js');\n({ title: 'x', date: '2022-04-05' })\n---\n<p>x</p>`,
    `---javascript\nrequire('fs').writeFileSync(${marker}, 'javascript'); module.exports = {}\n---\n<p>x</p>`,
    `--- js \n(function(){ require('fs').writeFileSync(${marker}, 'spaced'); return {} })()\n---\n<p>x</p>`,
    `---JS\nrequire('fs').writeFileSync(${marker}, 'upper')\n---\n<p>x</p>`,
    `---coffee\ntitle: require('fs').writeFileSync(${marker}, 'coffee')\n---\n<p>x</p>`,
    `---\ntitle: !!js/function "function () { require('fs').writeFileSync(${marker}, 'fn') }"\ndate: 2022-04-05\n---\n<p>x</p>`,
    `---\ntitle: !<tag:yaml.org,2002:js/function> "function () { require('fs').writeFileSync(${marker}, 'tag') }"\ndate: 2022-04-05\n---\n<p>x</p>`,
    `---\ntitle: !!js/regexp /(a+)+$/\ndate: 2022-04-05\n---\n<p>x</p>`,
    `---\ntitle: !!js/undefined ''\ndate: 2022-04-05\n---\n<p>x</p>`,
    `---\ntitle: !!python/object/apply:os.system ["touch ${pwnedMarker}"]\ndate: 2022-04-05\n---\n<p>x</p>`,
    `---\ntitle: x\ndate: 2022-04-05\ntoString: !!js/function "function () { require('fs').writeFileSync(${marker}, 'toString') }"\n---\n<p>x</p>`,
  ];
  for (let i = 0; i < 44; i++)
    add(`bad/code/${String(i).padStart(2, '0')}.md`, code[i % code.length]!, refused(/^(front matter in JavaScript is not allowed|invalid front matter: )/), 'front matter that tries to run code');

  // Titles and dates.
  const badDates = [
    '2022-02-30', '2022-13-01', '2022-00-10', '2022-04-31', '1899-12-31', '2101-01-01', '0000-00-00', 'yesterday',
    '"2022-02-30T10:00:00Z"', '2022-04-05T24:61:00Z', 'Tue, 31 Feb 2022 09:00:00 GMT', 'Tue, 05 Foo 2022 09:00:00 GMT',
    '2022年13月1日', '2022/02/30', '[2022, 4, 5]', '{y: 2022}', '99999999999', '-1', 'true', '.nan', '"' + '9'.repeat(5000) + '"',
    '2022-04-05' + 'T'.repeat(10_000), '"2022-04-05 ' + ' '.repeat(10_000) + 'x"',
  ];
  for (let i = 0; i < 92; i++) {
    const d = badDates[i % badDates.length]!;
    add(`bad/date/${String(i).padStart(2, '0')}.md`, `---\ntitle: 日期 ${i}\ndate: ${d}\n---\n<p>基辅4日发生爆炸。</p>`, refused(/^(unusable date in front matter: |invalid front matter: )/), `date ${JSON.stringify(d.slice(0, 30))}`);
  }
  for (let i = 0; i < 10; i++) {
    const missing = ['', 'date: ~', 'date: ""', 'pubdate:', 'dates: 2022-04-05'][i % 5]!;
    add(`bad/no-date/${i}.md`, `---\ntitle: 无日期 ${i}\n${missing}\n---\n<p>基辅4日发生爆炸。</p>`, refused(/^(no date in front matter|unusable date in front matter)/), 'no date');
  }
  const badTitles = ['', 'title:', 'title: ""', 'title: "   "', 'title: [a, b]', 'title: {a: b}', 'title: ~', 'title: true', 'title: 2022-04-05', 'headline: 标题'];
  for (let i = 0; i < 30; i++) {
    const t = badTitles[i % badTitles.length]!;
    add(`bad/no-title/${String(i).padStart(2, '0')}.md`, `---\n${t}\ndate: 2022-04-05\n---\n<p>基辅4日发生爆炸。</p>`, refused(/^no title in front matter$/), `title ${JSON.stringify(t)}`);
  }
  const emptyBodies = ['', '\n\n', '<p> </p>', '<script>alert("基辅")</script>', '<!-- 基辅 -->', '<img src="a.jpg" alt="基辅">', '<style>p{}</style>', '![基辅](a.png)', '<svg><text>基辅</text></svg>', '&nbsp;'];
  for (let i = 0; i < 30; i++) {
    const b = emptyBodies[i % emptyBodies.length]!;
    add(`bad/empty-body/${String(i).padStart(2, '0')}.md`, `---\ntitle: 空 ${i}\ndate: 2022-04-05\n---\n${b}`, refused(/^empty body$/), `body ${JSON.stringify(b)}`);
  }
  for (let i = 0; i < 20; i++)
    add(`bad/not-closed/${String(i).padStart(2, '0')}.md`, `---\ntitle: 未闭合 ${i}\ndate: 2022-04-05\n<p>基辅4日发生爆炸。</p>\n`, refused(/^front matter not closed/), 'front matter never closed');

  // Encodings.
  for (const [i, s] of sources.entries()) {
    const lf = s.text.replace(/\r\n?/g, '\n');
    add(`bad/gbk/${String(i).padStart(2, '0')}.md`, gbk(lf), refused(/^not UTF-8 text \(it reads as GBK\/GB18030/), 'GBK');
    add(`bad/utf16le-no-bom/${String(i).padStart(2, '0')}.md`, utf16(lf, 'le', false), refused(/^UTF-16 text without a byte-order mark/), 'UTF-16LE without a BOM');
    add(`bad/utf16be-no-bom/${String(i).padStart(2, '0')}.md`, utf16(lf, 'be', false), refused(/^UTF-16 text without a byte-order mark/), 'UTF-16BE without a BOM');
    if (i < 5) add(`bad/utf32/${i}.md`, utf32le(lf), refused(/^UTF-32 text is not supported/), 'UTF-32 with a BOM');
  }
  const invalidUtf8 = [
    [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe], [0x80], [0xe4, 0xb8],
  ];
  for (let i = 0; i < 40; i++) {
    const s = utf8(plainArticle(r, 2000 + i));
    const at = r.int(0, s.length);
    add(`bad/invalid-utf8/${String(i).padStart(2, '0')}.md`, concat(s.slice(0, at), new Uint8Array(invalidUtf8[i % invalidUtf8.length]!), s.slice(at)), refused(/^not UTF-8 text/), 'a bad UTF-8 sequence');
  }
  for (let i = 0; i < 10; i++) {
    const s = utf16(plainArticle(r, 3000 + i), 'le', true);
    const lone = concat(s, new Uint8Array([0x00, 0xd8, 0x41, 0x00])); // a high surrogate then 'A'
    add(`bad/invalid-utf16/${i}.md`, i % 2 ? lone : s.slice(0, s.length - 1), refused(/^not valid UTF-16LE text/), 'broken UTF-16');
  }
  for (let i = 0; i < 10; i++) {
    const s = utf8(plainArticle(r, 4000 + i));
    const at = r.int(10, s.length - 1);
    add(`bad/nul/${i}.md`, concat(s.slice(0, at), new Uint8Array([0]), s.slice(at)), refused(/^(binary file|UTF-16 text without)/), 'a NUL byte in a good article');
  }

  // Too large: just over the limit here; the 50 MB one is written separately (writeCorpus).
  add('bad/large/2.1mb.md', concat(utf8('---\ntitle: 大\ndate: 2022-04-05\n---\n'), new Uint8Array(Math.round(2.1 * 1024 * 1024)).fill(0x61)), refused(/^body too large \(2\.1 MB, limit 2 MB\)$/), 'a 2.1 MB file');

  return files;
}

/** The 50 MB article: good front matter, a body of one paragraph repeated. Written, not held in memory twice. */
function writeFiftyMegabytes(path: string): void {
  const head = Buffer.from('---\ntitle: 五十兆\ndate: 2022-04-05\n---\n');
  const big = Buffer.alloc(FIFTY_MB, '<p>基辅4日发生爆炸，马里乌波尔5日停火。</p>\n');
  head.copy(big, 0);
  writeFileSync(path, big);
}

/** Writes the corpus to `dir`/mixed and (good and tolerated files only) `dir`/clean. */
export function writeCorpus(dir: string, seed?: number): Corpus {
  const pwnedMarker = join(dir, 'pwned');
  const files = buildCorpusFiles(seed, pwnedMarker);
  const mixed = join(dir, 'mixed');
  const clean = join(dir, 'clean');
  const write = (base: string, f: CorpusFile) => {
    const path = join(base, f.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.bytes);
  };
  for (const f of files) {
    write(mixed, f);
    if (f.expect.kind !== 'refused') write(clean, f);
  }
  const fifty: CorpusFile = { file: 'bad/large/50mb.md', bytes: new Uint8Array(), expect: { kind: 'refused', reason: /^body too large \(50\.0 MB, limit 2 MB\)$/ }, what: 'a 50 MB body' };
  writeFiftyMegabytes(join(mixed, fifty.file));
  files.push(fifty);

  // Not articles: never read, never reported.
  const ignored = ['bad/ignored/page.html', 'bad/ignored/data.json', 'bad/ignored/.hidden.md', 'bad/.hidden-folder/a.md', 'node_modules/x/a.md'];
  for (const f of ignored) {
    mkdirSync(dirname(join(mixed, f)), { recursive: true });
    writeFileSync(join(mixed, f), new Uint8Array([0xff, 0, 0xfe]));
  }
  try {
    symlinkSync('/dev/zero', join(mixed, 'bad/ignored/zero.md'));
    ignored.push('bad/ignored/zero.md');
  } catch {
    // no symlinks here: nothing to check
  }
  return { mixed, clean, files, pwnedMarker, ignored };
}
