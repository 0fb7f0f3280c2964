import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { builtPages } from '../../scripts/site-pages.ts';

const pages = builtPages();

test('the build has pages to check', () => {
	expect(pages.length).toBeGreaterThan(20);
});

for (const path of pages) {
	test(`${path}: no axe violations, no console errors`, async ({ browser }) => {
		// axe checks each page in light and dark mode; the longest pages (the sources lists, the role
		// cards) take 40–60 s on two busy cores, near the default minute.
		test.setTimeout(150_000);
		const context = await browser.newContext();
		const page = await context.newPage();
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
		await context.close();
	});
}
