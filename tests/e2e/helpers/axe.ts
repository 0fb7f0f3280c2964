import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules whose outcome depends on the colour scheme. The dark scheme changes only the palette
 * (the DOM, names, roles and layout are the same), so the dark pass runs these alone: the whole
 * rule set twice cost most of the browser tests' time on two cores.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** One line per rule broken: its id, what it asks for, and the elements that break it. */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(TAGS)).analyze();
	return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Checks the page as it is now with axe: every rule in the light colour scheme, then the colour
 * rules in the dark one (each theme has its own palette, so each has its own contrast), then puts
 * back the scheme it found.
 */
export async function expectNoAxeViolations(page: Page) {
	const wasDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await violations(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await violations(page, COLOUR_RULES);
	await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
	expect({ light, dark }).toEqual({ light: [], dark: [] });
}
