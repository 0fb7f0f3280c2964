import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One line per rule broken: its id, what it asks for, and the elements that break it. */
async function violations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Checks the page as it is now with axe, in the light colour scheme and then the dark one (each
 * theme has its own palette, so each has its own contrast), then puts back the scheme it found.
 */
export async function expectNoAxeViolations(page: Page) {
	const wasDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await violations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await violations(page);
	await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
	expect({ light, dark }).toEqual({ light: [], dark: [] });
}
