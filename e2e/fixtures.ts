// Shared test fixture: `visit` opens a page and runs an axe accessibility check on it, so every
// page a journey visits is checked (WCAG 2.1 A and AA).
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join('\n    ')}`,
  );
  expect(summary, `Accessibility violations on ${page.url()}`).toEqual([]);
}

type Fixtures = {
  /** Navigates to a path, waits for the page to settle and checks its accessibility. */
  visit: (path: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
  visit: async ({ page }, provide) => {
    await provide(async (path: string) => {
      const response = await page.goto(path);
      expect(response, `no response for ${path}`).not.toBeNull();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
    });
  },
});

export { expect };
