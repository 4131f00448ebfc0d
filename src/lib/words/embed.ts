// Words of embedding that the full app shows at start (the header's Embed button), in 中文 and English.
// The embedded view's and the dialog's own words load with them (src/embed/words.ts), which keeps
// the first download within its budget.
import type { Words } from './types.ts';

export const embedWords = {
  'embed.button': { zh: '嵌入', en: 'Embed' },
} as const satisfies Words;
