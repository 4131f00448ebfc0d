// A missing or malformed dataset gives a message, never a blank page.
import { test, expect } from './fixtures.ts';

const cases = [
  { name: 'truncated JSON', status: 200, body: '{"version":1,"articles":[{"id":"a-1"', expected: /not valid JSON|不是有效的 JSON/ },
  { name: 'another version', status: 200, body: '{"version":99,"articles":[],"places":[],"events":[]}', expected: /another version|版本/ },
  { name: 'wrong shape', status: 200, body: '{"version":1,"articles":"nope","places":[],"events":[]}', expected: /expected shape|结构/ },
  { name: 'missing file', status: 404, body: 'not found', expected: /not found|找不到/ },
];

for (const c of cases) {
  test(`a ${c.name} dataset shows an error message`, async ({ page }) => {
    await page.route('**/data/events.json', (route) =>
      route.fulfill({ status: c.status, contentType: 'application/json', body: c.body }),
    );
    await page.goto('/?lang=en');
    const status = page.getByTestId('status');
    await expect(status).toBeVisible();
    await expect(status).toHaveAttribute('role', 'alert');
    await expect(status).toContainText(c.expected);
  });
}
