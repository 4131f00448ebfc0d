// Article links and images come from scraped front matter: only absolute http(s) addresses are used,
// so a `javascript:` or `data:` value can never run or be shown.

export function httpUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A picture loads by itself when the article is shown, so it must come over https only (issue 7:
 * nothing loads in the clear). A link may stay http: it loads nothing until the reader follows it.
 */
export function imageUrl(value: string | undefined | null): string | null {
  const url = httpUrl(value);
  return url?.startsWith('https:') ? url : null;
}
