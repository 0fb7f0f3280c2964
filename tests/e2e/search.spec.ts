import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const cases = [
	{ locale: 'en', query: 'hold', title: /hold/i, open: 'Search', dialog: 'Search the site' },
	{ locale: 'fr', query: 'attente', title: /attente/i, open: 'Rechercher', dialog: 'Rechercher sur le site' },
	{ locale: 'it', query: 'attesa', title: /attesa/i, open: 'Cerca', dialog: 'Cerca nel sito' },
] as const;

for (const { locale, query, title, dialog } of cases) {
	test(`Ctrl+K search in ${locale} finds the hold module, in ${locale} only`, async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(`/${locale}/`);
		await page.waitForLoadState('networkidle');
		// Search code is not loaded until the dialog opens.
		expect(requests.some((url) => url.includes('/pagefind/'))).toBe(false);

		await page.keyboard.press('Control+k');
		const box = page.getByRole('dialog', { name: dialog });
		await expect(box).toBeVisible();
		await expect(box.getByRole('searchbox')).toBeFocused();
		await page.keyboard.type(query);
		const results = box.getByRole('listitem');
		await expect(results.first()).toBeVisible();
		// Other pages speak of holding too (the queue and hold messages module): the hold module is
		// among the first results, or found with "More results", as a person would look for it.
		const hold = box.getByRole('link', { name: title }).and(box.locator(`a[href="/${locale}/agents/hold-done-right/"]`));
		const more = box.getByRole('button', { name: /^(More results|Plus de résultats|Altri risultati)$/ });
		for (let presses = 0; presses < 4 && !(await hold.isVisible()) && (await more.isVisible()); presses += 1) {
			const before = await results.count();
			await more.click();
			await expect(results).not.toHaveCount(before);
		}
		await expect(hold).toBeVisible();
		const hrefs = await box.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of hrefs) expect(href.startsWith(`/${locale}/`)).toBe(true);

		await page.keyboard.press('Escape');
		await expect(box).toBeHidden();
		await expect(page.getByRole('button', { name: /^(Search|Rechercher|Cerca)/ })).toBeFocused();
	});
}

test('the search page answers ?q= and filters by track', async ({ page }) => {
	await page.goto('/en/search/?q=hold');
	await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('hold');
	await expect(page.getByRole('status')).toContainText(/results? for “hold”/);
	await expect(page.getByRole('link', { name: 'Hold, done right', exact: true })).toBeVisible();

	await page.getByRole('combobox', { name: 'Track' }).selectOption('callers');
	await expect(page).toHaveURL(/track=callers/);
	await expect(page.getByRole('link', { name: 'Hold, done right', exact: true })).toHaveCount(0);
	const metas = await page.locator('.results .meta').allTextContents();
	for (const meta of metas) expect(meta).toContain('Callers');
});

test('the search page says so when nothing matches', async ({ page }) => {
	await page.goto('/it/search/?q=zzzqqqxyz');
	await expect(page.getByRole('status')).toHaveText('Nessun risultato per «zzzqqqxyz». Provi con una parola più breve o diversa.');
	await expect(page.locator('.results li')).toHaveCount(0);
});

test('the search page shows a query with markup as plain text', async ({ page }) => {
	await page.goto('/en/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
	await expect(page.getByRole('status')).toContainText('for “<img src=x onerror=alert(1)>”');
	await expect(page.getByRole('searchbox', { name: 'Search the site' })).toHaveValue('<img src=x onerror=alert(1)>');
	await expect(page.locator('main img')).toHaveCount(0);
});

test('without JavaScript, the header search is a link to the search page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/fr/');
	await page.getByRole('link', { name: 'Rechercher' }).click();
	await expect(page).toHaveURL(/\/fr\/search\/$/);
	await context.close();
});

// Terms a caller types when acting on a rule: the module that explains it and the rights finder's
// country page both come up (each page is first checked to contain the term, so the test follows
// the content).
const ruleSearches = [
	{
		locale: 'it',
		query: '899',
		pages: ['/it/callers/what-a-call-may-cost/'],
		files: ['src/content/modules/it/callers/what-a-call-may-cost.mdx'],
	},
	{
		locale: 'en',
		query: 'TPS',
		pages: ['/en/callers/cold-calls-your-rights/', '/en/rights/uk/'],
		files: ['src/content/modules/en/callers/cold-calls-your-rights.mdx', 'src/content/rights/uk.yaml'],
	},
	{
		locale: 'fr',
		query: 'Bloctel',
		pages: ['/fr/callers/cold-calls-your-rights/', '/fr/rights/france/'],
		files: ['src/content/modules/fr/callers/cold-calls-your-rights.mdx', 'src/content/rights/france.yaml'],
	},
] as const;

for (const { locale, query, pages, files } of ruleSearches) {
	test(`searching “${query}” in ${locale} finds the pages that explain it`, async ({ page }) => {
		for (const file of files) expect(readFileSync(file, 'utf8')).toContain(query);
		await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
		const results = page.locator('.results');
		await expect(results.getByRole('link').first()).toBeVisible();
		for (const href of pages) await expect(results.locator(`a[href="${href}"]`).first()).toBeVisible();
	});
}

test('the search page shows five results first, and five more each time “More results” is pressed', async ({ page }) => {
	const fragments: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
	});
	await page.goto('/en/search/?q=call');
	const results = page.getByRole('main').getByRole('listitem');
	await expect(results).toHaveCount(5);
	const count = Number(/(\d+) results/.exec((await page.getByRole('status').filter({ hasText: 'results for' }).textContent()) ?? '')?.[1]);
	expect(count).toBeGreaterThan(10);
	// Only the results shown had their excerpts fetched.
	expect(fragments).toHaveLength(5);

	const more = page.getByRole('button', { name: 'More results' });
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(results).toHaveCount(10);
	// Focus moves to the first new result, where reading carries on.
	await expect(results.nth(5).getByRole('link')).toBeFocused();
	expect(fragments).toHaveLength(10);
	await expect(more).toBeVisible();
});
