// A missing, malformed, huge or partly broken dataset gives a message or its valid part, never a
// blank page or a frozen tab.
import { closeSync, openSync, ftruncateSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, serveOwnDataset } from './fixtures.ts';

const cases = [
  { name: 'truncated JSON', status: 200, body: '{"version":1,"articles":[{"id":"a-1"', expected: /not valid JSON|不是有效的 JSON/ },
  { name: 'another version', status: 200, body: '{"version":99,"articles":[],"places":[],"events":[]}', expected: /another version|版本/ },
  { name: 'wrong shape', status: 200, body: '{"version":1,"articles":"nope","places":[],"events":[]}', expected: /expected shape|结构/ },
  { name: 'deeply nested', status: 200, body: '['.repeat(200_000) + ']'.repeat(200_000), expected: /expected shape|结构/ },
  { name: 'missing file', status: 404, body: 'not found', expected: /not found|找不到/ },
];

for (const c of cases) {
  test(`a ${c.name} dataset shows an error message`, async ({ page }) => {
    await serveOwnDataset(page, (route) =>
      route.fulfill({ status: c.status, contentType: 'application/json', body: c.body }),
    );
    await page.goto('/?lang=en');
    const status = page.getByTestId('status');
    await expect(status).toBeVisible();
    await expect(status).toHaveAttribute('role', 'alert');
    await expect(status).toContainText(c.expected);
  });
}

test('a dataset too big for a tab is refused with a message', async ({ page }) => {
  // A sparse file of 260 MB (no disk used). Served with its length the app refuses it unread;
  // served compressed (as vite preview does) it stops reading at the limit.
  const dist = process.env.CHRONOMAP_DIST ?? 'dist';
  const file = join(dist, 'data', 'huge-test.json');
  const fd = openSync(file, 'w');
  ftruncateSync(fd, 260 * 1024 * 1024);
  closeSync(fd);
  try {
    await page.goto('/?lang=en&data=data/huge-test.json');
    const status = page.getByTestId('status');
    await expect(status).toHaveAttribute('role', 'alert');
    await expect(status).toContainText(/too big for a browser tab/);
    await expect(status).toContainText(/the most a browser tab reads is 250 MB/);
  } finally {
    rmSync(file, { force: true });
  }
});

test('broken records among good ones: the valid part is shown and what was left out is said', async ({ page }) => {
  // The dataset the built app serves (the samples).
  const samples = JSON.parse(readFileSync(join(process.env.CHRONOMAP_DIST ?? 'dist', 'data', 'events.json'), 'utf8')) as {
    events: { id: string; start: string; places: string[] }[];
  };
  const total = samples.events.length;
  const events = [...samples.events];
  events[1] = { ...events[1]!, start: 'last Tuesday' };
  events[2] = { ...events[2]!, places: ['atlantis'] };
  events.push({ ...events[0]! }); // the same id again
  events.push({ bogus: true } as never);
  await serveOwnDataset(page, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ...samples, events }) }),
  );
  await page.goto('/?lang=en');
  await page.waitForFunction(() => (window as { __chronomap_ready?: boolean }).__chronomap_ready === true);
  const notice = page.getByTestId('skipped-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('4 events');
  await expect(notice).toContainText('events.1.start: expected a YYYY-MM-DD day');
  await expect(notice).toContainText('events.2.places: unknown place atlantis');
  // The rest is all there: every sound event, and over the full range the list shows them all.
  await expect(page.getByTestId('counts')).toHaveAttribute('data-total', String(total - 2));
  await page.getByRole('button', { name: 'All years' }).click();
  await expect(page.getByTestId('counts')).toHaveAttribute('data-shown', String(total - 2));
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});
