// Sentences and the mentions the matcher must find in them, shared by matcher.test.ts (simplified
// text) and traditional.test.ts (the same sentences in traditional characters).

export interface Case {
  name: string;
  sentence: string;
  expected: [string, string][];
}

export const longest: Case[] = [
  { name: '白俄罗斯 vs 俄罗斯', sentence: '白俄罗斯与俄罗斯举行联合军演', expected: [['白俄罗斯', 'belarus'], ['俄罗斯', 'russia']] },
  { name: '罗马尼亚 vs 罗马', sentence: '罗马尼亚总统抵达罗马', expected: [['罗马尼亚', 'romania'], ['罗马', 'rome']] },
  { name: '马里乌波尔 vs 马里', sentence: '马里乌波尔的平民；在马里的法军', expected: [['马里乌波尔', 'mariupol'], ['马里', 'mali']] },
  { name: '中东欧 vs 东欧', sentence: '北约在中东欧和东欧的部署', expected: [['中东欧', 'central-and-eastern-europe'], ['东欧', 'eastern-europe']] },
  { name: '波罗的海国家 vs 波罗的海', sentence: '波罗的海国家在波罗的海举行演习', expected: [['波罗的海国家', 'baltic-states'], ['波罗的海', 'baltic-sea']] },
  { name: '别尔哥罗德-德涅斯特罗夫斯基 vs 别尔哥罗德', sentence: '别尔哥罗德-德涅斯特罗夫斯基和别尔哥罗德', expected: [['别尔哥罗德-德涅斯特罗夫斯基', 'bilhorod-dnistrovskyi'], ['别尔哥罗德', 'belgorod']] },
  { name: '新西伯利亚 vs 西伯利亚', sentence: '从新西伯利亚到西伯利亚', expected: [['新西伯利亚', 'novosibirsk'], ['西伯利亚', 'siberia']] },
  { name: '乌克兰东部 is one area, not Ukraine', sentence: '乌克兰东部卢甘斯克地区', expected: [['乌克兰东部', 'eastern-ukraine'], ['卢甘斯克地区', 'luhansk-oblast']] },
  { name: 'a river is not the city named after it', sentence: '第聂伯河沿岸的第聂伯罗', expected: [['第聂伯河', 'dnieper-river'], ['第聂伯罗', 'dnipro']] },
  { name: '苏联 is a former state', sentence: '1991年苏联解体', expected: [['苏联', 'soviet-union']] },
  { name: '捷克斯洛伐克 does not yield 捷克', sentence: '捷克斯洛伐克与捷克', expected: [['捷克斯洛伐克', 'czechoslovakia'], ['捷克', 'czechia']] },
  { name: '普里皮亚季河 does not yield the town', sentence: '普里皮亚季河畔的普里皮亚季', expected: [['普里皮亚季河', 'pripyat-river'], ['普里皮亚季', 'pripyat']] },
  { name: 'hyphen variants meet', sentence: '伊万诺－弗兰科夫斯克', expected: [['伊万诺－弗兰科夫斯克', 'ivano-frankivsk']] },
];

export const exclusions: Case[] = [
  { name: '今日俄罗斯 (a channel)', sentence: '他告诉“今日俄罗斯”，今日俄罗斯电视台报道', expected: [] },
  { name: '今日美国 (a paper)', sentence: '今日美国报道', expected: [] },
  { name: '半岛电视台', sentence: '(半岛电视台)', expected: [] },
  { name: '《华盛顿邮报》', sentence: '《华盛顿邮报》援引美国情报', expected: [['美国', 'united-states']] },
  { name: '《纽约时报》 and unbracketed 纽约时报', sentence: '《纽约时报》和纽约时报都报道了', expected: [] },
  { name: 'any place inside 《…》', sentence: '据《基辅独立报》和《莫斯科共青团员报》报道', expected: [] },
  { name: '北大西洋公约组织', sentence: '加入北约（北大西洋公约组织）', expected: [] },
  { name: '欧洲安全与合作组织', sentence: '第二天与欧洲安全与合作组织进行磋商', expected: [] },
  { name: 'news agencies', sentence: '据俄新社、塔斯社和美联社报道', expected: [] },
  { name: 'media named after a country', sentence: '美国之音和德国之声报道', expected: [] },
  { name: 'demonyms X人', sentence: '乌克兰人和俄罗斯人、美国人', expected: [] },
  { name: 'demonyms of cities', sentence: '马里乌波尔人', expected: [] },
  { name: 'X族, X籍, X语', sentence: '俄罗斯族、美国籍、乌克兰语', expected: [] },
  { name: 'X人民共和国 is not a demonym', sentence: '顿涅茨克人民共和国', expected: [['顿涅茨克人民共和国', 'donetsk-peoples-republic']] },
  { name: 'X人民, X人口 are about the country', sentence: '乌克兰人民；俄罗斯人口', expected: [['乌克兰', 'ukraine'], ['俄罗斯', 'russia']] },
  { name: 'one-character abbreviations', sentence: '俄乌谈判，美欧协调，俄军推进，中美会面', expected: [] },
  { name: '美国务卿 = 美 + 国务卿', sentence: '美国务卿布林肯与美国国务卿', expected: [['美国', 'united-states']] },
  { name: '俄国防部, 英国防大臣, 美国会', sentence: '俄国防部、英国防大臣和美国会', expected: [] },
  { name: '美国防空 keeps the country', sentence: '美国防空系统', expected: [['美国', 'united-states']] },
  { name: '纽埃 inside 埃马纽埃尔·马克龙', sentence: '法国总统埃马纽埃尔·马克龙表示', expected: [['法国', 'france']] },
  { name: 'a place right before a given name stays', sentence: '乌克兰外长德米特罗·库列巴', expected: [['乌克兰', 'ukraine']] },
  { name: 'short names inside transliterations', sentence: '马里奥说，罗马诺夫王朝', expected: [] },
  { name: '俄罗斯西部军区', sentence: '国际文传电讯社援引俄罗斯西部军区的话说', expected: [] },
  { name: '跨大西洋 (transatlantic)', sentence: '北约跨大西洋安全联盟', expected: [] },
  { name: 'time zones', sentence: '北京时间2月24日，莫斯科时间凌晨', expected: [] },
  { name: 'ship names', sentence: '莫斯科号巡洋舰；乌克兰号召', expected: [['乌克兰', 'ukraine']] },
  { name: 'dates and units before 日/里', sentence: '12日本报讯；以南20公里海域', expected: [] },
  { name: '中东部, 南海岸, 沿海地区', sentence: '乌克兰中东部、克里米亚南海岸和沿海地区', expected: [['乌克兰', 'ukraine'], ['克里米亚', 'crimea']] },
  { name: '中非合作 is China–Africa', sentence: '中非合作论坛', expected: [] },
];

export const regions: Case[] = [
  { name: 'X、Y等地区 → both regions', sentence: '俄罗斯防空系统在尼古拉耶夫、赫尔松等地区击落了6架无人机', expected: [['俄罗斯', 'russia'], ['尼古拉耶夫', 'mykolaiv-oblast'], ['赫尔松', 'kherson-oblast']] },
  { name: 'X、Y和Z四个地区', sentence: '顿涅茨克、卢甘斯克、扎波罗热和赫尔松四个地区', expected: [['顿涅茨克', 'donetsk-oblast'], ['卢甘斯克', 'luhansk-oblast'], ['扎波罗热', 'zaporizhzhia-oblast'], ['赫尔松', 'kherson-oblast']] },
  { name: 'X和Y两州', sentence: '顿涅茨克和卢甘斯克两州', expected: [['顿涅茨克', 'donetsk-oblast'], ['卢甘斯克', 'luhansk-oblast']] },
  { name: 'X、Y州', sentence: '顿涅茨克、卢甘斯克州', expected: [['顿涅茨克', 'donetsk-oblast'], ['卢甘斯克州', 'luhansk-oblast']] },
  { name: 'X州', sentence: '赫尔松州和扎波罗热州', expected: [['赫尔松州', 'kherson-oblast'], ['扎波罗热州', 'zaporizhzhia-oblast']] },
  { name: 'X地区 (generated from the city)', sentence: '基辅地区和哈尔科夫地区', expected: [['基辅地区', 'kyiv-oblast'], ['哈尔科夫地区', 'kharkiv-oblast']] },
  { name: 'X省 (Taiwan usage)', sentence: '顿内次克省', expected: [['顿内次克省', 'donetsk-oblast']] },
  { name: 'X、Y等地 stays cities', sentence: '哈尔科夫、苏梅等地', expected: [['哈尔科夫', 'kharkiv'], ['苏梅', 'sumy']] },
  { name: 'a comma ends the list', sentence: '基辅，哈尔科夫等地区', expected: [['基辅', 'kyiv'], ['哈尔科夫', 'kharkiv-oblast']] },
  { name: '马里乌波尔市 keeps 市', sentence: '马里乌波尔市内的乌克兰军队', expected: [['马里乌波尔市', 'mariupol'], ['乌克兰', 'ukraine']] },
  { name: '市长 is not absorbed', sentence: '马里乌波尔市长博伊琴科说', expected: [['马里乌波尔', 'mariupol']] },
  { name: '马诺什镇', sentence: '被关押在马诺什镇内', expected: [['马诺什镇', 'manhush']] },
  { name: '乌克兰东部地区', sentence: '乌克兰东部地区的冲突', expected: [['乌克兰东部地区', 'eastern-ukraine']] },
];

export const landmarksAndActors: Case[] = [
  { name: 'buildings that stand for governments', sentence: '克里姆林宫、白宫和五角大楼', expected: [['克里姆林宫', 'moscow-kremlin'], ['白宫', 'white-house'], ['五角大楼', 'the-pentagon']] },
  { name: 'country as actor', sentence: '俄罗斯表示，乌克兰总统泽连斯基说', expected: [['俄罗斯', 'russia'], ['乌克兰', 'ukraine']] },
  { name: 'country in an institution name', sentence: '俄罗斯国防部和美国国家安全委员会', expected: [['俄罗斯', 'russia'], ['美国', 'united-states']] },
  { name: 'EU is a place, NATO is not', sentence: '美国和欧盟警告俄罗斯，北约不会出兵', expected: [['美国', 'united-states'], ['欧盟', 'european-union'], ['俄罗斯', 'russia']] },
];

export const republicsAndAbbreviations: Case[] = [
  { name: 'X和Y两个共和国 → the republics', sentence: '俄罗斯承认顿涅茨克和卢甘斯克两个共和国', expected: [['俄罗斯', 'russia'], ['顿涅茨克', 'donetsk-peoples-republic'], ['卢甘斯克', 'luhansk-peoples-republic']] },
  { name: 'X和Y两个人民共和国', sentence: '顿涅茨克和卢甘斯克两个人民共和国的领导人', expected: [['顿涅茨克', 'donetsk-peoples-republic'], ['卢甘斯克', 'luhansk-peoples-republic']] },
  { name: 'X和Y人民共和国', sentence: '普京宣布承认顿涅茨克和卢甘斯克人民共和国独立', expected: [['顿涅茨克', 'donetsk-peoples-republic'], ['卢甘斯克人民共和国', 'luhansk-peoples-republic']] },
  { name: 'X、Y等共和国', sentence: '车臣、达吉斯坦等共和国', expected: [['车臣', 'chechnya'], ['达吉斯坦', 'dagestan']] },
  { name: 'a short name inside a word (试图拉拢 is not 图拉)', sentence: '西方试图拉拢南方国家，很多哈萨克人', expected: [] },
  { name: '乌东 is eastern Ukraine', sentence: '俄军在乌东发动攻势', expected: [['乌东', 'eastern-ukraine']] },
  { name: '俄乌东部 is not 乌东', sentence: '俄乌东部边境', expected: [] },
  { name: 'a country before a republic stays a country', sentence: '俄罗斯和卢甘斯克人民共和国', expected: [['俄罗斯', 'russia'], ['卢甘斯克人民共和国', 'luhansk-peoples-republic']] },
  { name: 'a city without a republic stays a city', sentence: '基辅和卢甘斯克两个共和国', expected: [['基辅', 'kyiv'], ['卢甘斯克', 'luhansk-peoples-republic']] },
  { name: '俄国防部, 美国防长', sentence: '俄国防部称，美国防长奥斯汀说', expected: [] },
  { name: '美国会, 美国会议员, 美国会众议院', sentence: '美国会通过法案；美国会议员；美国会众议院', expected: [] },
  { name: '美国会 + a verb is the modal 会', sentence: '美国会继续支持乌克兰，英国会提供武器', expected: [['美国', 'united-states'], ['乌克兰', 'ukraine'], ['英国', 'united-kingdom']] },
  { name: '中国务实 is 中国 + 务实', sentence: '中国务实推动和谈，美国务院', expected: [['中国', 'china']] },
  { name: '美国防止 is 美国 + 防止', sentence: '美国防止冲突升级', expected: [['美国', 'united-states']] },
  { name: '加纳利群岛 is not Ghana', sentence: '西班牙加纳利群岛和加纳', expected: [['西班牙', 'spain'], ['加纳利群岛', 'canary-islands'], ['加纳', 'ghana']] },
  { name: '乔治亚州 is the state, 乔治亚 the country', sentence: '美国乔治亚州；乔治亚总统', expected: [['美国', 'united-states'], ['乔治亚州', 'georgia-us-state'], ['乔治亚', 'georgia']] },
];
