import { expect, test, type Page } from '@playwright/test';
import { decodeAssignment } from '../../src/lib/assignment/link.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, formatDate, formatWholePercent, plural } from '../../src/lib/i18n/format.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';

const f = catalogues.fr.assignment;
const site = catalogues.fr;

/** The assignment a created link carries, read back as the learner's page reads it. */
async function createdAssignment(page: Page) {
	const url = new URL(await page.getByRole('textbox', { name: f.linkLabel }).inputValue());
	const decoded = decodeAssignment(url.hash);
	if (!decoded.ok) throw new Error(`the link does not decode: ${decoded.error}`);
	return { url, assignment: decoded.assignment };
}

/** The item picker: the group named by its legend. */
const picker = (page: Page) => page.getByRole('group', { name: f.pickLegend });

/** Ticks every item the filter shows for `query` and returns their keys. */
async function tickAll(page: Page, query: string, expected: number): Promise<string[]> {
	await page.getByRole('searchbox', { name: f.filterLabel }).fill(query);
	const boxes = picker(page).getByRole('checkbox');
	await expect(boxes).toHaveCount(expected);
	const keys: string[] = [];
	for (const box of await boxes.all()) {
		await box.check();
		keys.push((await box.getAttribute('value')) ?? '');
	}
	return keys;
}

test.beforeEach(async ({ page }) => {
	await page.goto('/fr/trainers/assign/');
	await expect(page.getByRole('button', { name: f.create })).toBeEnabled();
	// The course list arrives as a file after the page: a trainer picks once it shows.
	await expect(picker(page).getByRole('checkbox').first()).toBeEnabled();
});

test('filtering never changes what is ticked: the legend and the link keep every item', async ({ page }) => {
	const legend = picker(page).locator('legend').first();
	const angry = await tickAll(page, 'colère', 2);
	await expect(legend).toContainText(plural('fr', f.selectedCount, 2));
	const third = await tickAll(page, 'troisième', 1);
	await expect(legend).toContainText(plural('fr', f.selectedCount, 3));
	// The two ticked earlier are out of sight, still ticked, and the builder says so.
	await expect(page.getByText(plural('fr', f.hiddenSelected, 2))).toBeVisible();
	await page.getByRole('searchbox', { name: f.filterLabel }).fill('');
	await expect(legend).toContainText(plural('fr', f.selectedCount, 3));
	for (const key of [...angry, ...third]) await expect(picker(page).locator(`input[value="${key}"]`)).toBeChecked();

	// Filtered again, hiding all three: the link still carries them.
	await page.getByRole('searchbox', { name: f.filterLabel }).fill('attente');
	await page.getByRole('textbox', { name: f.titleLabel }).fill('Semaine un');
	await page.getByRole('button', { name: f.create }).click();
	const { assignment } = await createdAssignment(page);
	expect([...assignment.x].sort()).toEqual([...angry, ...third].sort());
	expect(assignment.x).toHaveLength(3);
});

test('every error shows at its field at once, focus goes to the first, and a pass mark of 150 is refused', async ({ page }) => {
	const title = page.getByRole('textbox', { name: f.titleLabel });
	const due = page.getByLabel(f.dueLabel);
	const passMark = page.getByRole('spinbutton', { name: f.passMarkLabel });
	const create = page.getByRole('button', { name: f.create });

	// The title starts empty, with an example as placeholder only.
	await expect(title).toHaveValue('');
	await expect(title).toHaveAttribute('placeholder', f.titlePlaceholder);

	// Nothing filled: no title, no item.
	await create.click();
	await expect(title).toBeFocused();
	await expect(title).toHaveAttribute('aria-invalid', 'true');
	await expect(title).toHaveAccessibleDescription(f.needTitle);
	await expect(picker(page)).toHaveAccessibleDescription(f.needItems);
	await expect(page.getByText(f.needItems)).toBeVisible();
	await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
	await expectNoAxeViolations(page);

	// Fixing a field takes its error away; the rest wait for the next try.
	await title.fill('x');
	await expect(page.getByText(f.needTitle)).toHaveCount(0);
	await expect(title).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText(f.needItems)).toBeVisible();
	await title.fill('');

	// An impossible day (31 February: Chromium's date field reads month, day, year) and an empty
	// pass mark as well: four errors, each at its field.
	await due.focus();
	await page.keyboard.type('02312026');
	expect(await due.evaluate((input: HTMLInputElement) => [input.value, input.validity.badInput])).toEqual(['', true]);
	await passMark.fill('');
	await create.click();
	await expect(title).toBeFocused();
	for (const [field, message] of [
		[title, f.needTitle],
		[due, f.dueInvalid],
		[passMark, f.passMarkInvalid],
	] as const) {
		await expect(field).toHaveAttribute('aria-invalid', 'true');
		await expect(field).toHaveAccessibleDescription(message);
		await expect(page.getByText(message)).toBeVisible();
	}
	await expect(picker(page)).toHaveAccessibleDescription(f.needItems);

	// Everything right but the pass mark: only its error, and focus on it; 150 is never saved as 100.
	await title.fill('Semaine un');
	await due.fill('2026-12-24');
	await tickAll(page, 'colère', 2);
	await passMark.fill('150');
	await create.click();
	await expect(passMark).toBeFocused();
	await expect(passMark).toHaveAccessibleDescription(f.passMarkInvalid);
	await expect(page.getByText(f.passMarkInvalid)).toBeVisible();
	for (const message of [f.needTitle, f.dueInvalid, f.needItems]) await expect(page.getByText(message)).toHaveCount(0);
	await expect(title).not.toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByRole('textbox', { name: f.linkLabel })).toHaveCount(0);
	await passMark.fill('65.5');
	await create.click();
	await expect(page.getByText(f.passMarkInvalid)).toBeVisible();

	await passMark.fill('100');
	await create.click();
	expect((await createdAssignment(page)).assignment.p).toBe(100);
	await expect(page.getByText(f.passMarkInvalid)).toHaveCount(0);
});

test('the result repeats what the learners will see, and the printed sheet holds all of it without the site around it', async ({
	page,
}) => {
	const note = 'Dans l’ordre, merci.\nÀ vendredi.';
	await page.getByRole('textbox', { name: f.titleLabel }).fill('Première semaine — groupe B');
	await page.getByLabel(f.dueLabel).fill('2026-12-24');
	await page.getByRole('spinbutton', { name: f.passMarkLabel }).fill('75');
	const assessment = page.getByRole('checkbox', { name: f.requireAssessment });
	await expect(assessment).toHaveAccessibleDescription(f.requireAssessmentHint);
	await assessment.check();
	await page.getByRole('textbox', { name: f.noteLabel }).fill(note);
	const keys = await tickAll(page, 'colère', 2);
	await page.getByRole('searchbox', { name: f.filterLabel }).fill('');
	await page.getByRole('button', { name: f.create }).click();

	const result = page.getByRole('region', { name: 'Première semaine — groupe B' });
	await expect(result).toBeFocused();
	const dueText = fill(f.due, { date: formatDate('fr', '2026-12-24') });
	const markText = fill(f.passMark, { mark: formatWholePercent('fr', 75) });
	for (const text of [dueText, markText, f.resultAssessment, `${f.fromTrainer} Dans l’ordre, merci.`, 'À vendredi.']) {
		await expect(result.getByText(text)).toBeVisible();
	}
	// Repeated above the link, its QR code and the copy button.
	const noteBox = await result.getByText('À vendredi.').boundingBox();
	const linkBox = await result.getByRole('textbox', { name: f.linkLabel }).boundingBox();
	expect(noteBox!.y).toBeLessThan(linkBox!.y);
	await expect(result.getByRole('img', { name: f.qrLabel })).toBeVisible();
	await expect(result.getByRole('button', { name: f.copy })).toBeVisible();

	const { url, assignment } = await createdAssignment(page);
	expect(assignment).toMatchObject({ t: 'Première semaine — groupe B', d: '2026-12-24', p: 75, m: 1, n: note });
	expect([...assignment.x].sort()).toEqual([...keys].sort());
	await expectNoAxeViolations(page);

	// Printed: the sheet for the wall.
	await page.emulateMedia({ media: 'print' });
	for (const chrome of [
		page.getByRole('banner'),
		page.getByRole('contentinfo'),
		page.getByRole('link', { name: site.skip.link }),
		page.getByRole('button', { name: site.search.open }),
		page.getByRole('navigation', { name: site.lang.label }),
		page.getByRole('heading', { level: 1 }),
		page.getByRole('button', { name: f.create }),
		page.getByRole('button', { name: f.print }),
	]) {
		await expect(chrome).toBeHidden();
	}
	for (const text of ['Première semaine — groupe B', dueText, markText, f.resultAssessment, 'À vendredi.']) {
		await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
	}
	await expect(page.getByRole('img', { name: f.qrLabel })).toBeVisible();
	// The whole link, as text that wraps within the page rather than an input that cuts it off.
	const printedLink = page.getByText(url.href, { exact: true });
	await expect(printedLink).toBeVisible();
	expect(await printedLink.evaluate((element) => getComputedStyle(element).overflowWrap)).toBe('anywhere');
	expect(await printedLink.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
	for (const kind of [f.kinds.module, f.kinds.quiz]) {
		await expect(page.getByText(fill(f.printItem, { kind, title: 'Le client en colère' }), { exact: true })).toBeVisible();
	}
	await page.emulateMedia({ media: 'screen' });
});

test('the builder page has no axe violations, light and dark', async ({ page }) => {
	await expectNoAxeViolations(page);
	await tickAll(page, 'troisième', 1);
	await expect(page.getByText(plural('fr', f.hiddenSelected, 1))).toHaveCount(0);
	await page.getByRole('searchbox', { name: f.filterLabel }).fill('rien de tel ici');
	await expect(page.getByText(plural('fr', f.hiddenSelected, 1))).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a link too long for a QR code is refused at the item picker, which gets focus, with how many items to drop', async ({ page }) => {
	await page.getByRole('textbox', { name: f.titleLabel }).fill('Tout');
	const boxes = picker(page).getByRole('checkbox');
	for (const box of await boxes.all()) await box.check();
	await expect(picker(page).locator('legend').first()).toContainText(plural('fr', f.selectedCount, await boxes.count()));
	await page.getByRole('textbox', { name: f.noteLabel }).fill('x'.repeat(280));
	await page.getByRole('button', { name: f.create }).click();
	await expect(picker(page)).toBeFocused();
	const error = picker(page).locator('.error');
	const count = Number((await error.textContent())?.match(/\d+/)?.[0]);
	expect(count).toBeGreaterThan(0);
	await expect(picker(page)).toHaveAccessibleDescription(plural('fr', f.tooLong, count));
	await expect(page.getByRole('textbox', { name: f.linkLabel })).toHaveCount(0);
});

test('the course list comes as a file: while it loads the picker says so, and if it fails the trainer can try again', async ({ page }) => {
	let fail = true;
	await page.route('**/fr/trainers/catalogue.json', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
	await page.goto('/fr/trainers/assign/');
	const alert = page.getByRole('alert').filter({ hasText: f.catalogueFailed });
	await expect(alert).toBeVisible();
	await expect(picker(page).getByRole('checkbox')).toHaveCount(0);
	await expect(page.getByRole('searchbox', { name: f.filterLabel })).toBeDisabled();
	await expectNoAxeViolations(page);

	// Typed before the retry, kept after it.
	await page.getByRole('textbox', { name: f.titleLabel }).fill('Semaine 1');
	fail = false;
	await alert.getByRole('button', { name: f.catalogueRetry }).click();
	await expect(alert).toBeHidden();
	await expect(picker(page).getByRole('checkbox').first()).toBeEnabled();
	await expect(page.getByRole('searchbox', { name: f.filterLabel })).toBeEnabled();
	await expect(page.getByRole('textbox', { name: f.titleLabel })).toHaveValue('Semaine 1');
	// The page itself carries none of the course: it grows with the course no more.
	const html = await (await page.request.get('/fr/trainers/assign/')).text();
	expect(html).not.toContain('hold-done-right');
});
