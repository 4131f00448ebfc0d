// The clause tense that decides where an incomplete date points.
import { describe, expect, it } from 'vitest';
import { clauseTense } from '../../../scripts/extract/times/tense.ts';

const at = (sentence: string, word: string) => {
  const i = sentence.indexOf(word);
  return clauseTense(sentence, i, i + word.length);
};

describe('clause tense', () => {
  it.each([
    ['沙利文将于周一访问罗马', '周一', 'future'],
    ['乌克兰国家安全委员会即将在周四召开会议', '周四', 'future'],
    ['两国元首定于3日举行会谈', '3日', 'future'],
    ['俄罗斯计划明年2月进行军演', '明年2月', 'future'],
    ['俄罗斯准备从5日早上开始开放走廊', '5日早上', 'future'],
    ['中国和美国周一将在罗马举行会议', '周一', 'future'],
    ['俄罗斯国防部4日表示，准备开放走廊', '4日', 'none'],
    ['英国国防大臣周四也警告俄罗斯说，将造成严重影响', '周四', 'none'],
    ['他周四表示将继续施压', '周四', 'none'],
    ['会议原定于周三举行', '周三', 'past'],
    ['要求将其推迟到周四', '周四', 'none'],
    ['俄罗斯少将周二抵达', '周二', 'none'],
    ['选举已于7月举行', '7月', 'past'],
    ['委员会将于周四召开会议', '周四', 'future'],
  ])('%s → %s is %s', (sentence, word, tense) => {
    expect(at(sentence, word)).toBe(tense);
  });
});
