import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { encodeAssignment } from '../../src/lib/assignment/link.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { plural } from '../../src/lib/i18n/format.ts';
import { markModuleRead } from '../../src/lib/progress/module-read.ts';
import { emptyRecord } from '../../src/lib/progress/schema.ts';
import { STORAGE_KEY } from '../../src/lib/progress/store.ts';

const p = catalogues.en.progress;
const n = p.storageNotice;
const MODULE = '/en/agents/hold-done-right/';

/** The one storage notice, found by its role and its words. */
const notice = (page: Page, words: string) => page.getByRole('alert').filter({ hasText: words });
const backupsRegion = (page: Page) => page.getByRole('region', { name: p.backupsTitle });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Copy of unreadable data set aside on {date}", whatever the date. */
const copyLabel = new RegExp(escape(p.backupCopy).replace('\\{date\\}', '.+'));
const text = async (download: Promise<Download>) => readFileSync(await (await download).path(), 'utf8');

/** Stores `value` as the progress record before the page's first load, once per test (a reload keeps what the page did). */
async function storeBeforeFirstLoad(page: Page, value: string) {
	await page.addInitScript(
		([key, stored]) => {
			if (sessionStorage.getItem('storage-spec-seeded')) return;
			sessionStorage.setItem('storage-spec-seeded', '1');
			localStorage.setItem(key, stored);
		},
		[STORAGE_KEY, value] as const,
	);
}

/**
 * Opens a module and reads down to its end, where the module page reads on-device data (its read
 * marker, with the storage notice beside it; the progress code loads as the reader nears it).
 */
async function readModule(page: Page, url: string) {
	await page.goto(url);
	await page.locator('[data-read-marker]').scrollIntoViewIfNeeded();
}

test('a corrupted record on a module page is set aside, the notice says so, and My progress downloads and discards the copy', async ({
	page,
}) => {
	await storeBeforeFirstLoad(page, '{broken');
	await readModule(page, MODULE);
	await expect(notice(page, n.recovered)).toBeVisible();
	const link = notice(page, n.recovered).getByRole('link', { name: n.recoveredLink });
	await expect(link).toHaveAttribute('href', '/en/progress/#data-title');
	await expectNoAxeViolations(page);

	await link.click();
	await expect(page).toHaveURL(/\/en\/progress\/#data-title$/);
	// Set aside on the module page: nothing is wrong on this one, so no notice here.
	await expect(page.locator('[data-storage-notice]')).toBeHidden();
	const copies = backupsRegion(page).getByRole('listitem');
	await expect(copies).toHaveCount(1);
	await expect(copies).toContainText(copyLabel);
	await expectNoAxeViolations(page);

	const download = page.waitForEvent('download');
	await copies.getByRole('button', { name: p.downloadBackup }).click();
	expect((await download).suggestedFilename()).toMatch(/^both-ends-unreadable-progress-\d{4}-\d{2}-\d{2}\.txt$/);
	expect(await text(download)).toBe('{broken');

	// Discard asks first; Cancel keeps the copy and gives focus back to the button.
	await copies.getByRole('button', { name: p.discardBackup }).click();
	const question = page.getByRole('group', { name: p.discardBackupConfirm });
	await expect(question.getByText(p.discardBackupConfirm)).toBeFocused();
	await question.getByRole('button', { name: p.importCancel }).click();
	await expect(copies.getByRole('button', { name: p.discardBackup })).toBeFocused();
	await copies.getByRole('button', { name: p.discardBackup }).click();
	await question.getByRole('button', { name: p.discardBackup }).click();
	await expect(backupsRegion(page)).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: p.backupDiscarded })).toBeVisible();
	await expect(page.getByRole('heading', { name: p.yourData })).toBeFocused();
	await page.reload();
	await expect(page.getByRole('heading', { name: p.yourData })).toBeVisible();
	await expect(backupsRegion(page)).toHaveCount(0);
});

test('when storage refuses writes, My progress still shows earlier progress, says so, and exports it', async ({ page }) => {
	const earlier = markModuleRead(emptyRecord(), 'agents/first-ten-seconds', '2026-11-20T10:00:00.000Z');
	await page.addInitScript(
		([key, stored]) => {
			// What a full storage does: the record that was there can be read, nothing can be written.
			localStorage.setItem(key, stored);
			Storage.prototype.setItem = function () {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		},
		[STORAGE_KEY, JSON.stringify(earlier)] as const,
	);
	// A module read now cannot be saved: the page still marks it, and says so.
	await readModule(page, MODULE);
	await page.getByRole('button', { name: p.markRead }).click();
	await expect(page.getByText(p.readOn)).toBeVisible();
	await expect(notice(page, n.readOnly)).toBeVisible();

	await page.goto('/en/progress/');
	await expect(notice(page, n.readOnly)).toBeVisible();
	await expect(notice(page, n.readOnly).getByRole('link', { name: n.readOnlyLink })).toBeVisible();
	await expect(page.getByText(p.empty)).toHaveCount(0);
	const oneRead = new RegExp(`^${escape(plural('en', p.modulesRead, 1, { total: 999 })).replace('999', '\\d+')}$`);
	await expect(page.getByRole('region', { name: 'Agents' }).getByText(oneRead)).toBeVisible();

	const exported = page.waitForEvent('download');
	await page.getByRole('button', { name: p.exportButton }).click();
	expect(JSON.parse(await text(exported)).modulesRead).toEqual(earlier.modulesRead);
});

test('unreadable data too large to set aside blocks saving until it is downloaded and discarded', async ({ page }) => {
	// 3 million two-byte characters: it fits the browser's storage once (about 10 MB) but not twice.
	const length = 3_000_000;
	await page.addInitScript(
		([key, size]) => {
			if (sessionStorage.getItem('storage-spec-seeded')) return;
			sessionStorage.setItem('storage-spec-seeded', '1');
			localStorage.setItem(key, `{${'€'.repeat(size)}`);
		},
		[STORAGE_KEY, length] as const,
	);
	await readModule(page, MODULE);
	await expect(notice(page, n.blocked)).toBeVisible();
	await notice(page, n.blocked).getByRole('link', { name: n.blockedLink }).click();
	await expect(notice(page, n.blocked)).toBeVisible();
	const copy = backupsRegion(page).getByRole('listitem');
	await expect(copy).toHaveCount(1);
	await expect(copy).toContainText(p.backupInPlace);

	const download = page.waitForEvent('download');
	await copy.getByRole('button', { name: p.downloadBackup }).click();
	expect((await download).suggestedFilename()).toBe('both-ends-unreadable-progress.txt');
	const saved = await text(download);
	expect(saved.length).toBe(length + 1);
	expect(saved).toBe(`{${'€'.repeat(length)}`);

	await copy.getByRole('button', { name: p.discardBackup }).click();
	await page.getByRole('group', { name: p.discardBackupConfirm }).getByRole('button', { name: p.discardBackup }).click();
	await expect(backupsRegion(page)).toHaveCount(0);
	await expect(page.locator('[data-storage-notice]')).toBeHidden();

	// Saving works again.
	await readModule(page, MODULE);
	await page.getByRole('button', { name: p.markRead }).click();
	await page.reload();
	await expect(page.getByText(p.readOn)).toBeVisible();
	await expect(page.locator('[data-storage-notice]')).toBeHidden();
});

test('four damaged records in a row leave the three newest copies, newest first', async ({ page }) => {
	for (const round of [1, 2, 3, 4]) {
		// Damaged from a page that keeps no progress open, as another program or a bad import would.
		await page.goto('/en/');
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, `{broken ${round}`] as const);
		await readModule(page, MODULE);
		await expect(notice(page, n.recovered)).toBeVisible();
	}
	await page.goto('/en/progress/');
	const copies = backupsRegion(page).getByRole('listitem');
	await expect(copies).toHaveCount(3);
	const texts: string[] = [];
	for (const index of [0, 1, 2]) {
		const download = page.waitForEvent('download');
		await copies.nth(index).getByRole('button', { name: p.downloadBackup }).click();
		texts.push(await text(download));
	}
	expect(texts).toEqual(['{broken 4', '{broken 3', '{broken 2']);
});

const assignmentLink = `/en/assignment/#${encodeAssignment({ v: 1, i: 'storage12', t: 'Storage week', p: 70, x: ['m:agents/hold-done-right'] })}`;
for (const [kind, url] of [
	['module', MODULE],
	['quiz', '/en/quiz/last-call-next-call/'],
	['role-play', '/en/practice/cold-call/'],
	['practice index', '/en/practice/'],
	['learning path', '/en/paths/first-week/'],
	['assignment', assignmentLink],
	['prep sheet', '/en/tools/prep-sheet/'],
	['check-in', '/en/tools/check-in/'],
	['My progress', '/en/progress/'],
] as const) {
	test(`the ${kind} page shows the storage notice when it finds a damaged record`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await storeBeforeFirstLoad(page, '{broken');
		if (kind === 'module') await readModule(page, url);
		else await page.goto(url);
		await expect(notice(page, n.recovered)).toBeVisible();
		await expect(notice(page, n.recovered).getByRole('link', { name: n.recoveredLink })).toHaveAttribute(
			'href',
			'/en/progress/#data-title',
		);
		expect(errors).toEqual([]);
	});
}

test('the notice speaks the page’s language', async ({ page }) => {
	const fr = catalogues.fr.progress.storageNotice;
	await storeBeforeFirstLoad(page, '{broken');
	await readModule(page, '/fr/agents/hold-done-right/');
	await expect(notice(page, fr.recovered)).toBeVisible();
	await expect(notice(page, fr.recovered).getByRole('link', { name: fr.recoveredLink })).toHaveAttribute(
		'href',
		'/fr/progress/#data-title',
	);
});
