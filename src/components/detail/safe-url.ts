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
