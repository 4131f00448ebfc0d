// The tense of the clause around a time expression, which decides where an incomplete date points:
// 周五 in "将于周五访问" is the coming Friday, in "周五表示" the last one.
//
// A clause runs between punctuation marks. The future is marked before the expression anywhere in
// the clause (将于周一访问, 计划明年2月…), or after it up to the first verb of saying ("周一将在罗马
// 举行会议" is future, "4日表示，将…" is not: the date belongs to the statement).
//
// 将 is also a preposition (将其推迟, 将平民撤离) and part of nouns (将军, 少将); 原定于 / 原计划 speak of
// a plan that has passed. Both are guarded (see WILL_NEXT).

// Clause breaks as char codes: , ; ! ? : 。 ； ！ ？ and a new line (the sentence is normalised, so
// full-width ，：are already half-width).
const BREAKS = new Set([0x2c, 0x3b, 0x21, 0x3f, 0x3a, 0x3002, 0xff1b, 0xff01, 0xff1f, 0x0a]);

// Future 将 is followed by a verb, an adverb or a preposition (将于, 将在, 将举行, 将继续); the
// preposition 将 is followed by what it moves (将平民撤离, 将关键利率上调). Listing how the future
// goes on is the safer side: an unknown verb only loses the tense, a noun taken for one would move a
// date a month or a week ahead.
const WILL_NEXT =
  '[在于与对向会要是有被不继从就同和为把进举出前访召启开发宣派提实正再首全成参重推加作采达签展率以由通迎赴抵离返到公获得可能持扩减增降升维保落生完决审讨商谈表接交恢取停终收建设投支帮援改组视出入回送运撤还让使令允批颁实执主联共逐陆分]';
const FUTURE = new RegExp(
  '即将|将要|将会|必将|(?<![原曾已按])(?:定于|预定|计划|计画|准备|拟于|拟在|拟)|预计|有望|打算|届时|' +
    `(?<![大中少上名主老干猛虎武战即必])将(?=${WILL_NEXT})`,
);
const PAST = /已经|已|曾经|曾|此前|原定|原计划|(?<![为除罢])了(?!解)/;
const SAYING = /表示|称|说|宣布|指出|透露|强调|告诉|报道|报导|声明|证实|确认|介绍|回应|写道|警告|发表/;

/**
 * How far either side of an expression its clause is read: tense words further away than this belong
 * to something else, and a bound keeps a sentence without punctuation linear to resolve.
 */
const CLAUSE_REACH = 80;

export type ClauseTense = 'future' | 'past' | 'none';

/** The tense of the clause holding norm[start, end). */
export function clauseTense(norm: string, start: number, end: number): ClauseTense {
  let from = start;
  const lo = Math.max(0, start - CLAUSE_REACH);
  while (from > lo && !BREAKS.has(norm.charCodeAt(from - 1))) from--;
  let to = end;
  const hi = Math.min(norm.length, end + CLAUSE_REACH);
  while (to < hi && !BREAKS.has(norm.charCodeAt(to))) to++;
  const before = norm.slice(from, start);
  if (FUTURE.test(before)) return 'future';
  let after = norm.slice(end, to);
  const saying = SAYING.exec(after);
  if (saying) after = after.slice(0, saying.index);
  if (FUTURE.test(after)) return 'future';
  return PAST.test(before) || PAST.test(after) ? 'past' : 'none';
}
