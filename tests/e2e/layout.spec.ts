import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../../scripts/site-pages.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { localeNames, locales } from '../../src/lib/i18n/locales.ts';
import { tracks } from '../../src/lib/content/tracks.ts';
import { tabTo } from './helpers/quiz.ts';

const en = catalogues.en;
const phone = { width: 360, height: 780 };
const desktop = { width: 1280, height: 800 };
/** The five header links, in menu order, by their English names. */
const navNames = [...tracks, 'practice' as const].map((link) => en.nav[link]);

const headerHeight = (page: Page) => page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().height);

test.describe('the header on a phone (360 px)', () => {
	test.use({ viewport: phone });

	test('is one short row with the menu closed, and the menu works by keyboard', async ({ page }) => {
		await page.goto('/en/agents/hold-done-right/');
		expect(await headerHeight(page)).toBeLessThanOrEqual(64);
		const menu = page.getByRole('button', { name: en.nav.menu });
		const nav = page.getByRole('navigation', { name: en.nav.label });
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(nav).toBeHidden();

		await tabTo(page, menu);
		await page.keyboard.press('Enter');
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
		await expect(nav).toBeVisible();
		// Tab goes from the button straight into the links, in order.
		for (const name of navNames) {
			await page.keyboard.press('Tab');
			await expect(nav.getByRole('link', { name, exact: true })).toBeFocused();
		}
		await page.keyboard.press('Escape');
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(menu).toBeFocused();
		await expect(nav).toBeHidden();

		// Space opens it too; a link in it is followed.
		await page.keyboard.press('Space');
		await expect(nav).toBeVisible();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: en.nav.callers, exact: true })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/en\/callers\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.track.callers.title);
		expect(await headerHeight(page)).toBeLessThanOrEqual(64);
	});

	test('opens the languages with the links, and switching keeps the section', async ({ page }) => {
		await page.goto('/en/agents/hold-done-right/#takeaways');
		await page.getByRole('button', { name: en.nav.menu }).click();
		await page.getByRole('navigation', { name: en.lang.label, exact: true }).getByRole('link', { name: localeNames.fr }).click();
		await expect(page).toHaveURL(/\/fr\/agents\/hold-done-right\/#takeaways$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	});

	test('without JavaScript every link is on the page', async ({ browser }) => {
		const context = await browser.newContext({ viewport: phone, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/en/');
		const nav = page.getByRole('navigation', { name: en.nav.label });
		for (const name of navNames) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: en.nav.menu })).toBeHidden();
		await context.close();
	});
});

test.describe('the header on a desktop (1280 px)', () => {
	test.use({ viewport: desktop });

	for (const locale of locales) {
		test(`is one row in ${locale}: logo, links, languages, search`, async ({ page }) => {
			const t = catalogues[locale];
			await page.goto(`/${locale}/`);
			expect(await headerHeight(page)).toBeLessThanOrEqual(72);
			const header = page.getByRole('banner');
			const rowOf = async (name: string, role: 'link' | 'button') => {
				const box = await header.getByRole(role, { name, exact: true }).first().boundingBox();
				if (!box) throw new Error(`${name} is not visible`);
				return Math.round(box.y + box.height / 2);
			};
			const row = await rowOf(t.site.name, 'link');
			for (const link of [...tracks, 'practice' as const]) expect(await rowOf(t.nav[link], 'link')).toBe(row);
			for (const l of locales) expect(await rowOf(localeNames[l], 'link')).toBe(row);
			expect(await rowOf(t.search.open, 'button')).toBe(row);
			await expect(page.getByRole('button', { name: t.nav.menu })).toBeHidden();
		});
	}
});

test.describe('a module on a wide screen', () => {
	test.use({ viewport: desktop });

	test('has a table of contents of its sections, each link going to its heading', async ({ page }) => {
		await page.goto('/en/agents/hold-done-right/');
		const toc = page.getByRole('complementary', { name: en.module.toc });
		await expect(toc).toBeVisible();
		const links = toc.getByRole('link');
		expect(await links.count()).toBeGreaterThanOrEqual(4);
		await expect(links.first()).toHaveText(en.module.objectives);
		await expect(links.last()).toHaveText(en.module.takeaways);
		for (const link of await links.all()) {
			const target = (await link.getAttribute('href'))?.slice(1) ?? '';
			await expect(page.locator(`main h2[id="${target}"]`)).toHaveText(await link.innerText());
		}
		await links.last().click();
		await expect(page.getByRole('heading', { name: en.module.takeaways })).toBeInViewport();
	});

	test('hides the table of contents on a phone', async ({ browser }) => {
		const context = await browser.newContext({ viewport: phone });
		const page = await context.newPage();
		await page.goto('/en/agents/hold-done-right/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('complementary', { name: en.module.toc })).toBeHidden();
		await context.close();
	});
});

test.describe('every page at 360 px', () => {
	// Split in a few tests so the two workers share the load and a failure names its group.
	const pages = builtPages();
	const groups = 4;
	test('the build has pages', () => expect(pages.length).toBeGreaterThan(20));
	for (let group = 0; group < groups; group += 1) {
		const share = pages.filter((_, i) => i % groups === group);
		test(`has no horizontal scroll (group ${group + 1} of ${groups}, ${share.length} pages)`, async ({ browser }) => {
			test.setTimeout(120_000);
			const context = await browser.newContext({ viewport: phone });
			const page = await context.newPage();
			const wide: string[] = [];
			for (const path of share) {
				await page.goto(path);
				const { scrollWidth, innerWidth } = await page.evaluate(() => ({
					scrollWidth: document.documentElement.scrollWidth,
					innerWidth: window.innerWidth,
				}));
				if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth} px`);
			}
			expect(wide).toEqual([]);
			await context.close();
		});
	}
});

test.describe('the not-found pages', () => {
	for (const locale of locales) {
		test(`/${locale}/404/ is in its language`, async ({ page }) => {
			const t = catalogues[locale];
			await page.goto(`/${locale}/404/`);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.notFound.title);
			await expect(page.getByRole('main').getByRole('link', { name: t.notFound.home })).toHaveAttribute('href', `/${locale}/`);
		});
	}

	test('a missing address answers 404 in the browser’s language, and lists the three', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'it-CH' });
		const page = await context.newPage();
		const response = await page.goto('/en/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', 'it');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogues.it.notFound.title);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		for (const l of locales) {
			await expect(page.getByRole('link', { name: localeNames[l], exact: true })).toHaveAttribute('href', `/${l}/`);
		}
		await context.close();
	});

	test('/404.html without JavaScript is in English and lists the three languages', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
		const page = await context.newPage();
		await page.goto('/404.html');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.notFound.title);
		const list = page.getByRole('list', { name: new RegExp(en.root.choose) });
		for (const l of locales) await expect(list.getByRole('link', { name: localeNames[l], exact: true })).toBeVisible();
		await context.close();
	});
});
