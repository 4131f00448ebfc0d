// Accessibility of the whole explorer with axe-core (WCAG 2.x A and AA, best practices): no serious
// or critical violation in 中文 and English, light and dark, with an event selected so the detail
// panel, the list's selected row and the filters all take part, on a desktop and on a phone.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, serveOwnDataset } from './fixtures.ts';
import { open } from './explore-helpers.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function seriousViolations(page: Page): Promise<AxeResult[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeResult[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const describe = (violations: AxeResult[]) =>
  violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  ${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');

for (const lang of ['zh', 'en'] as const)
  for (const theme of ['light', 'dark'] as const) {
    test(`no serious or critical violations (${lang}, ${theme})`, async ({ page }) => {
      await page.route('https://chinese.aljazeera.net/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }));
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, `?lang=${lang}&theme=${theme}&event=e-12ab07f5-002&prec=day,week,reported`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByTestId('event-detail').locator('blockquote.evidence')).toBeVisible();
      // Hover state and keyboard focus in the list take part too.
      await page.getByTestId('event-list').getByRole('option').nth(1).hover();
      await page.waitForTimeout(700); // the map's fly-to settles
      const violations = await seriousViolations(page);
      expect(violations, describe(violations)).toEqual([]);
    });
  }

test('no serious or critical violations on a phone, filters open (en, dark)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '?lang=en&theme=dark');
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.getByTestId('filter-country').selectOption('UA');
  const violations = await seriousViolations(page);
  expect(violations, describe(violations)).toEqual([]);
});

test('the error message follows the theme of the link and has no serious violations', async ({ page }) => {
  await serveOwnDataset(page, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?lang=zh&theme=dark');
  await expect(page.getByTestId('status')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const violations = await seriousViolations(page);
  expect(violations, describe(violations)).toEqual([]);
});

// The start screen a bare address opens with (a modal dialog over the explorer, the shipped briefing
// listed): the same check in both languages and themes, and on a phone.
test.describe('start screen', () => {
  test.use({ startScreenSeen: false });

  const cases = [
    ...(['zh', 'en'] as const).flatMap((lang) => (['light', 'dark'] as const).map((theme) => ({ lang, theme, phone: false }))),
    { lang: 'en', theme: 'dark', phone: true },
  ] as const;
  for (const { lang, theme, phone } of cases)
    test(`no serious or critical violations on the start screen (${lang}, ${theme}${phone ? ', phone' : ''})`, async ({ page }) => {
      if (phone) await page.setViewportSize({ width: 390, height: 844 });
      await open(page, `?lang=${lang}&theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const start = page.getByTestId('start');
      await expect(start).toBeVisible();
      await expect(start.getByTestId('start-briefing')).toHaveCount(1);
      const violations = await seriousViolations(page);
      expect(violations, describe(violations)).toEqual([]);
    });
});
