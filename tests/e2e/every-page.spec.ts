import { test as base, expect, type BrowserContext } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { builtPages } from '../../scripts/site-pages.ts';

const pages = builtPages();

/**
 * One browser context per worker, a new tab per page: axe is then loaded from the context's cache
 * after the first pages (see helpers/axe.ts) instead of compiled for each of the site's ~360
 * pages. The pages are only opened, never used, so what one leaves on the device is what a
 * visitor who had read it would bring to the next.
 */
const test = base.extend<object, { readerContext: BrowserContext }>({
	readerContext: [
		async ({ browser }, use) => {
			const context = await browser.newContext();
			await use(context);
			await context.close();
		},
		{ scope: 'worker' },
	],
});

test('the build has pages to check', () => {
	expect(pages.length).toBeGreaterThan(20);
});

for (const path of pages) {
	test(`${path}: no axe violations, no console errors`, async ({ readerContext }) => {
		// axe checks each page in light and dark mode; the longest pages (the sources lists, the role
		// cards) take 40–60 s on two busy cores, near the default minute.
		test.setTimeout(150_000);
		const page = await readerContext.newPage();
		const problems: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(message.text());
		});
		page.on('pageerror', (error) => problems.push(error.message));
		const response = await page.goto(path);
		if (path !== '/404.html') expect(response?.status(), path).toBeLessThan(400);
		await page.waitForLoadState('networkidle');
		await expectNoAxeViolations(page);
		expect(problems).toEqual([]);
		await page.close();
	});
}
