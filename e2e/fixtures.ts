// Shared test fixture: `visit` opens a page, runs an axe accessibility check on it (WCAG 2.1 A and AA)
// and checks that it is no wider than the screen, so every page a journey visits is checked.
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

/** Mobile first: no page may scroll sideways, at 360 px as at 1280 px. */
export async function expectNoWiderThanScreen(page: Page) {
  const overflowing = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // Name the outermost elements that stick out, so a failure says where to look.
    return Array.from(document.body.querySelectorAll('*'))
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .filter((element) => !element.parentElement || element.parentElement.getBoundingClientRect().right <= width + 0.5)
      .slice(0, 5)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> ${(element.textContent ?? '').trim().slice(0, 60)}`);
  });
  expect(overflowing, `Horizontal overflow on ${page.url()}`).toEqual([]);
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
      await expectNoWiderThanScreen(page);
    });
  },
});

export { expect };
