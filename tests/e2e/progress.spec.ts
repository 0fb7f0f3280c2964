import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { blockStorage } from './helpers/storage.ts';
import { encodeBase64Url } from '../../src/lib/assignment/base64url.ts';
import { encodeCompletion } from '../../src/lib/assignment/code.ts';
import { encodeAssignment } from '../../src/lib/assignment/link.ts';
import { fill, formatList, plural } from '../../src/lib/i18n/format.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { BACKUP_PREFIX, STORAGE_KEY } from '../../src/lib/progress/store.ts';

const a = catalogues.en.assignment;
const p = catalogues.en.progress;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "1 module read out of 12", with any total: the whole line, as the track shows it. */
const modulesRead = (done: number, lang: 'en' | 'fr' = 'en') =>
	new RegExp(`^${escape(plural(lang, catalogues[lang].progress.modulesRead, done, { total: 999 })).replace('999', '\\d+')}$`);

const assignment = {
	v: 1 as const,
	i: 'weekone123',
	t: 'Week one <b>bold</b>',
	p: 70,
	n: 'Read <script>alert(1)</script> first',
	x: ['m:agents/hold-done-right', 'r:cold-call', 'q:does-not-exist'],
};

test('an assignment link shows its items, lists unknown ones, shows its text escaped and is kept on the device', async ({ page }) => {
	await page.goto(`/en/assignment/#${encodeAssignment(assignment)}`);
	await expect(page.getByRole('heading', { name: 'Week one <b>bold</b>' })).toBeVisible();
	await expect(page.getByText('Read <script>alert(1)</script> first')).toBeVisible();
	await expect(page.locator('main b')).toHaveCount(0);
	await expect(page.locator('main script', { hasText: 'alert(1)' })).toHaveCount(0);
	await expect(page.getByRole('status').filter({ hasText: a.unknownItems })).toContainText(`${a.unknownItem.quiz} (q:does-not-exist)`);
	await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(2);
	await expect(page.getByText('0 of 2 done')).toBeVisible();
	await expectNoAxeViolations(page);

	await page.goto('/en/progress/');
	await expect(page.getByRole('link', { name: 'Open “Week one <b>bold</b>”' })).toBeVisible();
	await expectNoAxeViolations(page);
});

for (const [name, fragment, message] of [
	['cut-off', encodeAssignment(assignment).slice(0, 40), a.badMalformed],
	['empty', '', a.badEmpty],
	['oversized', `a=${'A'.repeat(5000)}`, a.badTooLong],
	['tampered', `a=${encodeBase64Url(JSON.stringify({ ...assignment, p: 500 }))}`, a.badInvalid],
] as const) {
	test(`a ${name} assignment link gets a clear message and a way home`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`/en/assignment/#${fragment}`);
		await expect(page.getByRole('alert')).toContainText(message);
		await page.getByRole('link', { name: a.goHome }).click();
		await expect(page).toHaveURL(/\/en\/$/);
		expect(errors).toEqual([]);
	});
}

test('the review counts a tampered code as cut short and a line that is not a code as ignored, and still reads the good one', async ({
	page,
}) => {
	const good = encodeCompletion({
		v: 2,
		a: 'weekone123',
		t: 'Week one',
		p: 70,
		n: 'Ana Lima',
		r: [['m:agents/hold-done-right', null, '2026-11-20', '-', 0]],
	});
	const tampered = good.replace('-', '-x').replace(/x(.)/, 'y$1');
	await page.goto('/en/trainers/review/');
	await page.getByRole('textbox', { name: a.pasteLabel }).fill([good, tampered, 'hello there'].join('\n'));
	await page.getByRole('button', { name: a.readCodes }).click();
	await expect(page.getByRole('status')).toContainText(
		formatList('en', [plural('en', a.summaryRead, 1), plural('en', a.summaryIgnored, 1), plural('en', a.summaryIncomplete, 1)], 'unit'),
	);
	await expect(page.getByRole('table').getByRole('row', { name: /Ana Lima/ })).toContainText(a.passed);
	await expectNoAxeViolations(page);
});

test('corrupted stored progress is kept as a backup, the learner is told, and the site keeps working', async ({ page }) => {
	await page.goto('/en/');
	await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"quizzes":'), STORAGE_KEY);
	await page.goto('/en/agents/hold-done-right/');
	// A module page reads progress at its end, by the read marker: the notice is there.
	await page.getByRole('button', { name: p.markRead }).click();
	await expect(page.getByRole('alert')).toContainText(p.storageNotice.recovered);
	await expect(page.getByText(p.readOn)).toBeVisible();
	const backups = await page.evaluate(
		(prefix) =>
			Object.keys(localStorage)
				.filter((key) => key.startsWith(prefix))
				.map((key) => localStorage.getItem(key)),
		BACKUP_PREFIX,
	);
	expect(backups).toEqual(['{"version":1,"quizzes":']);

	await page.goto('/en/progress/');
	const copy = page.getByRole('region', { name: p.backupsTitle }).getByRole('listitem');
	await expect(copy).toHaveCount(1);
	const download = page.waitForEvent('download');
	await copy.getByRole('button', { name: p.downloadBackup }).click();
	expect(readFileSync(await (await download).path(), 'utf8')).toBe('{"version":1,"quizzes":');
	await copy.getByRole('button', { name: p.discardBackup }).click();
	await page.getByRole('group', { name: p.discardBackupConfirm }).getByRole('button', { name: p.discardBackup }).click();
	await expect(page.getByRole('region', { name: p.backupsTitle })).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Agents' }).getByText(modulesRead(1))).toBeVisible();
	await expectNoAxeViolations(page);
});

test('when storage is blocked, progress works in memory and the learner is told', async ({ browser }) => {
	const context = await browser.newContext();
	await blockStorage(context);
	const page = await context.newPage();
	await page.goto('/en/progress/');
	await expect(page.getByRole('alert')).toContainText(p.storageNotice.memoryOnly);
	await context.close();
});

test('export, import with a preview, and delete everything', async ({ page }) => {
	await page.goto('/en/agents/first-ten-seconds/');
	await page.getByRole('button', { name: p.markRead }).click();
	// Saved once the page says so; leaving before then is leaving before the click was handled.
	await expect(page.getByText(p.readOn)).toBeVisible();
	await page.goto('/en/progress/');
	const exported = page.waitForEvent('download');
	await page.getByRole('button', { name: p.exportButton }).click();
	const file = await (await exported).path();
	expect(JSON.parse(readFileSync(file, 'utf8')).modulesRead['agents/first-ten-seconds']).toBeTruthy();

	await page.getByRole('button', { name: p.deleteButton }).click();
	await page.getByRole('button', { name: p.deleteButton }).click();
	await expect(page.getByRole('status').filter({ hasText: p.deleteDone })).toBeVisible();
	await expect(page.getByText(p.empty)).toBeVisible();

	await page.getByLabel(p.importLabel).setInputFiles(file);
	// The preview counts what the file holds (the module page may also have saved a quiz attempt).
	const held = JSON.parse(readFileSync(file, 'utf8')) as Record<'modulesRead' | 'quizzes' | 'roleplays' | 'assignments', object>;
	const counts = (['modules', 'quizzes', 'roleplays', 'assignments'] as const).map((part) =>
		plural('en', p.importCounts[part], Object.keys(held[part === 'modules' ? 'modulesRead' : part]).length),
	);
	await expect(page.getByText(fill(p.importPreview, { counts: formatList('en', counts) }))).toBeVisible();
	await page.getByRole('button', { name: p.importConfirm }).click();
	await expect(page.getByText(p.importDone)).toBeVisible();
	await expect(page.getByRole('region', { name: 'Agents' }).getByText(modulesRead(1))).toBeVisible();

	await page
		.getByLabel(p.importLabel)
		.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"version":7}') });
	await expect(page.getByText(p.importBad)).toBeVisible();
});

test('My progress counts agree with their number in French', async ({ page }) => {
	await page.goto('/fr/progress/');
	const agents = page.getByRole('region', { name: catalogues.fr.nav.agents });
	// « 0 module lu sur 12 »: French puts zero in the singular.
	await expect(agents.getByText(modulesRead(0, 'fr'))).toBeVisible();
	await expect(agents.getByText(/modules lus/)).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('progress made in one tab shows up in another', async ({ context }) => {
	const progress = await context.newPage();
	await progress.goto('/en/progress/');
	await expect(progress.getByRole('region', { name: 'Agents' }).getByText(modulesRead(0))).toBeVisible();
	const reading = await context.newPage();
	await reading.goto('/en/agents/hold-done-right/');
	await reading.getByRole('button', { name: p.markRead }).click();
	await expect(progress.getByRole('region', { name: 'Agents' }).getByText(modulesRead(1))).toBeVisible();
});

test('a trainer builds an assignment by keyboard; too many items are refused with how many to drop', async ({ page }) => {
	await page.goto('/en/trainers/assign/');
	await expectNoAxeViolations(page);
	const filter = page.getByRole('searchbox', { name: a.filterLabel });
	await filter.fill('hold');
	const hold = page.getByRole('checkbox', { name: /Hold, done right/ }).first();
	await hold.focus();
	await page.keyboard.press('Space');
	await filter.fill('');
	await page.getByRole('textbox', { name: a.titleLabel }).fill('Week one');
	await page.getByRole('button', { name: a.create }).press('Enter');
	const link = page.getByRole('textbox', { name: a.linkLabel });
	await expect(link).toHaveValue(/\/en\/assignment\/#a=/);
	await expect(page.getByRole('img', { name: a.qrLabel })).toBeVisible();
	await expectNoAxeViolations(page);

	// Everything at once, with a long note, cannot fit a QR code.
	for (const box of await page.getByRole('checkbox').all()) await box.check();
	await page.getByRole('textbox', { name: a.noteLabel }).fill('x'.repeat(280));
	await page.getByRole('button', { name: a.create }).click();
	// Said at the item picker, which takes focus: its description is the message.
	const picker = page.getByRole('group', { name: a.pickLegend });
	await expect(picker).toBeFocused();
	await expect(picker).toHaveAccessibleDescription(/Remove at least \d+ item/);
	await expect(page.getByRole('textbox', { name: a.linkLabel })).toHaveCount(0);
});

test('a whole learning path can be assigned, and My progress shows each path', async ({ page }) => {
	await page.goto('/en/trainers/assign/');
	await page.getByRole('checkbox', { name: /^Path First week on the phones/ }).check();
	await page.getByRole('textbox', { name: a.titleLabel }).fill('Your first week');
	await page.getByRole('button', { name: a.create }).click();
	const link = new URL(await page.getByRole('textbox', { name: a.linkLabel }).inputValue());
	await page.goto(link.pathname + link.hash);
	await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'First week on the phones' })).toBeVisible();
	await expect(page.getByText(fill(a.progressCount, { done: 0, total: 1 }))).toBeVisible();

	await page.goto('/en/progress/');
	const paths = page.getByRole('region', { name: p.paths });
	await expect(paths.getByRole('link', { name: 'First week on the phones' })).toBeVisible();
	await expect(paths.getByText(plural('en', p.assignmentProgress, 0, { total: 19 }))).toBeVisible();
});

test('My progress fetches the course list as a file: it says so while it loads, and if it fails offers Try again, progress kept', async ({
	page,
}) => {
	let fail = true;
	await page.route('**/en/trainers/catalogue.json', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
	await page.goto('/en/agents/hold-done-right/');
	await page.getByRole('button', { name: p.markRead }).click();
	// Saved once the page says so, as a reader sees it: leaving at once could outrun the save.
	await expect(page.getByText(p.readOn)).toBeVisible();
	await page.goto('/en/progress/');
	const alert = page.getByRole('alert').filter({ hasText: p.catalogueFailed });
	await expect(alert).toBeVisible();
	await expect(page.getByRole('heading', { name: p.tracks })).toHaveCount(0);
	// What does not need the course list still works: the data section is there.
	await expect(page.getByRole('heading', { name: p.yourData })).toBeVisible();
	await expectNoAxeViolations(page);

	fail = false;
	await alert.getByRole('button', { name: p.catalogueRetry }).click();
	await expect(alert).toBeHidden();
	await expect(page.getByText(modulesRead(1)).first()).toBeVisible();
	// The page itself carries none of the course: it grows with the course no more.
	const html = await (await page.request.get('/en/progress/')).text();
	expect(html).not.toContain('first-ten-seconds');
});
