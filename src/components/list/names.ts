// Names as the interface shows them: a place in the interface language first, the other one second
// (place names are bilingual in the dataset), and the language a sentence is written in, for `lang`.
import type { Lang } from '../../lib/i18n.ts';
import type { Place } from '../../lib/schema.ts';

export function placeName(place: Pick<Place, 'name'> | undefined, lang: Lang, fallback = ''): string {
  if (!place) return fallback;
  return (lang === 'zh' ? place.name.zh : place.name.en) || place.name.zh || place.name.en || fallback;
}

/** The other language's name, or '' when it is the same or missing. */
export function otherName(place: Pick<Place, 'name'> | undefined, lang: Lang): string {
  if (!place) return '';
  const other = lang === 'zh' ? place.name.en : place.name.zh;
  return other && other !== placeName(place, lang) ? other : '';
}

const HAN = /[\u3400-\u9fff]/;

/** BCP 47 tag for a sentence or title: Chinese if it has Han characters, else English. */
export function textLang(text: string): 'zh' | 'en' {
  return HAN.test(text) ? 'zh' : 'en';
}
