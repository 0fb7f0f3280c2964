import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../../scripts/site-pages.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { storedRecord } from './helpers/storage.ts';

const prep = catalogues.en.tools.prepSheet;
const readOn = catalogues.en.progress.readOn;

/** Six English module pages, from the build: three for each tab. */
const modules = builtPages()
	.filter((path) => /^\/en\/(agents|callers)\/[a-z0-9-]+\/$/.test(path))
	.slice(0, 6);

/** Marks the module on `page` read as a reader does: by reaching its end. */
async function readToTheEnd(page: Page, path: string) {
	await page.goto(path);
	await page.locator('[data-read-marker]').scrollIntoViewIfNeeded();
	await expect(page.locator('[data-read-marker]').getByRole('status')).toHaveText(readOn);
}

test("two tabs editing the call-prep sheet and reading modules alternately lose nothing, and each shows the other's words", async ({
	context,
}) => {
	expect(modules).toHaveLength(6);
	const a = await context.newPage();
	const b = await context.newPage();
	for (const page of [a, b]) {
		await page.goto('/en/tools/prep-sheet/');
		await expect(page.getByRole('textbox', { name: prep.labels.company })).toBeEnabled();
	}
	const typed = {
		company: 'Lumen Telecom',
		problem: 'The line drops every evening.',
		account: 'LT-4471-002',
		callback: 'Weekdays after 5 pm',
	} as const;
	const order = [a, b, a, b];
	for (const [i, [field, text]] of Object.entries(typed).entries()) {
		const page = order[i]!;
		await page.getByRole('textbox', { name: prep.labels[field as keyof typeof typed] }).fill(text);
		// The other tab shows it without a reload: it follows saves made elsewhere.
		const other = page === a ? b : a;
		await expect(other.getByRole('textbox', { name: prep.labels[field as keyof typeof typed] })).toHaveValue(text);
	}
	// Both tabs, and a fresh load, hold every field.
	for (const page of [a, b]) {
		for (const [field, text] of Object.entries(typed))
			await expect(page.getByRole('textbox', { name: prep.labels[field as keyof typeof typed] })).toHaveValue(text);
	}
	await a.reload();
	for (const [field, text] of Object.entries(typed))
		await expect(a.getByRole('textbox', { name: prep.labels[field as keyof typeof typed] })).toHaveValue(text);

	// Modules read alternately in the two tabs: every one is kept, and the sheet too.
	for (const [i, path] of modules.entries()) await readToTheEnd(i % 2 === 0 ? a : b, path);
	await expect
		.poll(async () => Object.keys((await storedRecord(a)).modulesRead ?? {}).length, { message: 'modules kept in storage' })
		.toBe(modules.length);
	const record = await storedRecord(b);
	expect(Object.keys(record.modulesRead).sort()).toEqual(modules.map((path) => path.split('/').slice(2, 4).join('/')).sort());
	expect(record.prepSheet).toMatchObject(typed);
});
