// Hong Kong and Taiwan papers: traditional characters and full-width digits are ordinary input;
// offsets and surface text stay those of the original.
import { describe } from 'vitest';
import { table } from './table.ts';

describe('traditional characters and full-width digits', () => {
  table([
    { text: '俄羅斯週二（5日）表示', reference: '2022-04-05', expected: [['週二（5日）', '2022-04-05']] },
    { text: '週六早上七點', reference: '2022-04-05', expected: [['週六早上七點', '2022-04-02']] },
    { text: '本週，上週末，下週一', reference: '2022-04-05', expected: [['本週', '2022-04-04', '2022-04-10'], ['上週末', '2022-04-02', '2022-04-03'], ['下週一', '2022-04-11']] },
    { text: '美國國務院５日表示', reference: '2022-04-05', expected: [['５日', '2022-04-05']] },
    { text: '１２月２５日', reference: '2022-01-03', expected: [['１２月２５日', '2021-12-25']] },
    { text: '他5號抵達', reference: '2022-04-05', expected: [['5號', '2022-04-05']] },
    { text: '禮拜天', reference: '2022-04-05', expected: [['禮拜天', '2022-04-03']] },
    { text: '兩國外長將於週五會面', reference: '2022-04-05', expected: [['週五', '2022-04-08']] },
    { text: '會議將於28日舉行', reference: '2022-04-05', expected: [['28日', '2022-04-28']] },
    { text: '行政院今（5）日表示，昨（4）日', reference: '2022-04-05', expected: [['今（5）日', '2022-04-05'], ['昨（4）日', '2022-04-04']] },
    { text: '去（2021）年，今（2022）年3月', reference: '2022-04-05', expected: [['去（2021）年', '2021-01-01', '2021-12-31'], ['今（2022）年3月', '2022-03-01', '2022-03-31']] },
    { text: '當天，當日', reference: '2022-04-05', expected: [['當天', '2022-04-05'], ['當日', '2022-04-05']] },
    { text: '1月8日起至31日，4日晚間至5日清晨', reference: '2021-01-05', expected: [['1月8日起至31日', '2021-01-08', '2021-01-31'], ['4日晚間至5日清晨', '2021-01-04', '2021-01-05']] },
    { text: '地鐵5號線，3個月內，過去24小時內', reference: '2022-04-05', expected: [] },
    { text: '今年２月２４日以來', reference: '2022-04-05', expected: [['今年２月２４日', '2022-02-24']] },
    { text: '二〇二二年四月五日', reference: '2022-01-05', expected: [['二〇二二年四月五日', '2022-04-05']] },
  ]);
});
