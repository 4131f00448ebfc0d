// The briefing's word in the explorer's header, in 中文 and English. The editor's and presenter's words
// load with the briefing chunk (src/components/briefing/words.ts), so they cost the first load nothing.
import type { Words } from './types.ts';

export const briefingWords = {
  'brief.open': { zh: '简报', en: 'Briefing' },
} as const satisfies Words;
