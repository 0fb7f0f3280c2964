import axe from 'axe-core';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The rules whose outcome depends on the colour scheme. The dark scheme changes only the palette
 * (the DOM, names, roles and layout are the same), so the dark pass runs these alone: the whole
 * rule set twice cost most of the browser tests' time on two cores.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Where a page under test loads axe from: a same-origin address the test answers itself (the
 * pages' Content-Security-Policy runs scripts from the site only). Loaded as a script, axe is
 * compiled once per browser context and cached, where evaluating its 550 KB of source anew took
 * 1–5 s per check on two busy cores. (`@axe-core/playwright` did that twice per check, the second
 * time in a blank page it opened for each one; these pages have no frames that would need it.)
 */
const AXE_URL = '/__axe-core.js';
const routed = new WeakSet<BrowserContext>();

/** axe in the page as it is now: loaded once per page, kept until it navigates. */
async function injectAxe(page: Page): Promise<void> {
	if (await page.evaluate(() => 'axe' in window)) return;
	const context = page.context();
	if (!routed.has(context)) {
		routed.add(context);
		await context.route(`**${AXE_URL}`, (route) =>
			route.fulfill({ body: axe.source, contentType: 'text/javascript', headers: { 'cache-control': 'max-age=3600' } }),
		);
	}
	try {
		const script = await page.addScriptTag({ url: AXE_URL });
		// Out of the page again, so the markup checked is the page's own.
		await script.evaluate((element) => (element as HTMLScriptElement).remove());
	} catch {
		// A service worker answers the page's requests in the offline tests, and they bypass routes.
		await page.evaluate(axe.source);
	}
}

/** One line per rule broken: its id, what it asks for, and the elements that break it. */
async function violations(page: Page, runOnly: axe.RunOnly): Promise<string[]> {
	const found = await page.evaluate(async (only) => {
		const { violations } = await (window as unknown as { axe: typeof axe }).axe.run(document, {
			runOnly: only,
			resultTypes: ['violations'],
		});
		return violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
	}, runOnly);
	return found.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

/**
 * Checks the page as it is now with axe: every rule in the light colour scheme, then the colour
 * rules in the dark one (each theme has its own palette, so each has its own contrast), then puts
 * back the scheme it found.
 */
export async function expectNoAxeViolations(page: Page) {
	await injectAxe(page);
	const wasDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await violations(page, { type: 'tag', values: TAGS });
	await page.emulateMedia({ colorScheme: 'dark' });
	const dark = await violations(page, { type: 'rule', values: COLOUR_RULES });
	await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
	expect({ light, dark }).toEqual({ light: [], dark: [] });
}
