// Search keys: lower-cased and NFKC-normalised, so full-width letters and digits (Ｍａｒｉｕｐｏｌ, ５日)
// and case differences do not hide a match. Both the indexed text and the query go through it.

export function searchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
