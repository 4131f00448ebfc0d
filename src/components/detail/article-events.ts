// The events of one article in the order the article tells them (the dataset lists them so), for the
// detail panel's "other events from this article". Built once per dataset on first use, then a lookup.
import type { DatasetIndex, IndexedEvent } from '../../lib/dataset-index.ts';

const cache = new WeakMap<DatasetIndex, Map<string, IndexedEvent[]>>();

export function eventsOfArticle(index: DatasetIndex, articleId: string): IndexedEvent[] {
  let byArticle = cache.get(index);
  if (!byArticle) {
    byArticle = new Map();
    for (const ev of index.dataset.events) {
      const indexed = index.eventById.get(ev.id);
      if (!indexed) continue;
      let list = byArticle.get(ev.article);
      if (!list) byArticle.set(ev.article, (list = []));
      list.push(indexed);
    }
    cache.set(index, byArticle);
  }
  return byArticle.get(articleId) ?? [];
}
