import { expect, test } from '@playwright/test';

const homes = [
	{ locale: 'en', door: 'I’m new on the phones', holdTitle: /hold/i },
	{ locale: 'fr', door: 'Je débute au téléphone', holdTitle: /attente/i },
	{ locale: 'it', door: 'Sono nuovo al telefono', holdTitle: /attesa/i },
] as const;

for (const { locale, door } of homes) {
	test(`home page in ${locale} has the doors and the right language`, async ({ page }) => {
		await page.goto(`/${locale}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: door })).toBeVisible();
		const alternates = page.locator('link[rel="alternate"][hreflang]');
		await expect(alternates).toHaveCount(4);
	});
}

test('the root sends a French browser to French', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'fr-CA' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/fr\/$/);
	await context.close();
});

test('the root falls back to English for other languages', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'de-DE' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/en\/$/);
	await context.close();
});

test('the root lists the three languages without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	for (const name of ['English', 'Français', 'Italiano']) {
		await expect(page.getByRole('link', { name })).toBeVisible();
	}
	await context.close();
});

test('by keyboard: skip link, a door, a track, a module', async ({ page }) => {
	await page.goto('/en/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);

	await page.getByRole('link', { name: 'I’m new on the phones' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/agents\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agents: call etiquette');

	const moduleLink = page.getByRole('main').getByRole('link', { name: /hold/i });
	await moduleLink.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/en\/agents\/hold-done-right\/$/);
	await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'More in this track' })).toBeVisible();
});

test('the language switcher keeps the visitor on the same module', async ({ page }) => {
	await page.goto('/en/agents/hold-done-right/');
	const switcher = page.getByRole('navigation', { name: 'Language', exact: true });
	await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
	await switcher.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/agents\/hold-done-right\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/attente/i);
	await page.getByRole('navigation', { name: 'Langue', exact: true }).getByRole('link', { name: 'Italiano' }).click();
	await expect(page).toHaveURL(/\/it\/agents\/hold-done-right\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/attesa/i);
});

test('every track index lists its modules with minutes and a summary', async ({ page }) => {
	for (const track of ['agents', 'wellbeing', 'callers', 'trainers']) {
		await page.goto(`/it/${track}/`);
		const items = page.getByRole('list', { name: /^Moduli/ }).getByRole('listitem');
		expect(await items.count()).toBeGreaterThanOrEqual(2);
		await expect(items.first()).toContainText(/\d+ min/);
	}
});

test('at 320 px nothing scrolls sideways', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
	const page = await context.newPage();
	for (const path of ['/en/', '/fr/agents/first-ten-seconds/', '/it/search/?q=attesa']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await context.close();
});

test('print hides navigation and shows where links go', async ({ page }) => {
	await page.goto('/en/callers/before-you-dial/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const after = await page
		.locator('.sources a')
		.first()
		.evaluate((link) => getComputedStyle(link, '::after').content);
	expect(after).toContain('http');
});
