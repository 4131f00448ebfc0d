// A character trie over folded surfaces, built once per gazetteer. Scanning a sentence asks, at
// each position, for the longest surface that starts there: O(length × longest surface) with no
// regular expressions and no per-sentence allocation beyond the result.

interface TrieNode<T> {
  next: Map<number, TrieNode<T>> | null;
  value: T | undefined;
}

export interface TrieHit<T> {
  /** Number of code units matched. */
  length: number;
  value: T;
}

export class Trie<T> {
  private readonly root: TrieNode<T> = { next: null, value: undefined };
  /** Code units that start some key: most characters of a sentence are rejected with one lookup. */
  private readonly starts = new Uint8Array(0x10000);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds `key` (already folded); an existing key keeps its value unless `replace`. */
  set(key: string, value: T, replace = false): void {
    if (key.length === 0) throw new Error('trie: empty key');
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) {
        child = { next: null, value: undefined };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node.value === undefined) this.count++;
    else if (!replace) return;
    node.value = value;
    this.starts[key.charCodeAt(0)] = 1;
  }

  /** The value stored under exactly `key`, if any. */
  get(key: string): T | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < key.length && node; i++) node = node.next?.get(key.charCodeAt(i));
    return node?.value;
  }

  /** The longest key that `text` has at `pos`. */
  longestAt(text: string, pos: number): TrieHit<T> | undefined {
    if (pos >= text.length || this.starts[text.charCodeAt(pos)] === 0) return undefined;
    let node: TrieNode<T> | undefined = this.root;
    let best: TrieHit<T> | undefined;
    for (let i = pos; i < text.length; i++) {
      node = node.next?.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) best = { length: i - pos + 1, value: node.value };
      if (!node.next) break;
    }
    return best;
  }

  /** Whether some key starts at `pos` (cheap check used by the guards). */
  startsAt(text: string, pos: number): boolean {
    return this.longestAt(text, pos) !== undefined;
  }
}
