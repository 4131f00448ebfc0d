export type Lang = 'zh' | 'en';
export type Words = Record<string, Record<Lang, string>>;
