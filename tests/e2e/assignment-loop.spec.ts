import { expect, test } from '@playwright/test';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { encodeAssignment } from '../../src/lib/assignment/link.ts';
import { fill, formatDate, formatNumber, formatWholePercent, plural } from '../../src/lib/i18n/format.ts';

const a = catalogues.en.assignment;
/** "{done} of {total} done", as the assignment page writes it. */
const progressText = (locale: 'en' | 'fr', done: number, total: number) =>
	fill(catalogues[locale].assignment.progressCount, { done: formatNumber(locale, done), total: formatNumber(locale, total) });

test('in French, the assignment page writes its dates, percentages, counts and note the French way', async ({ page }) => {
	const f = catalogues.fr.assignment;
	const assignment = {
		v: 1 as const,
		i: 'semaine123',
		t: 'Semaine un',
		d: '2099-03-01',
		p: 75,
		n: 'Dans l’ordre, merci.',
		x: ['m:agents/hold-done-right', 'q:spot-the-bzzzt'],
	};
	await page.goto(`/fr/assignment/#${encodeAssignment(assignment)}`);
	await expect(page.getByRole('heading', { name: 'Semaine un' })).toBeVisible();
	await expect(page.getByText(fill(f.due, { date: formatDate('fr', '2099-03-01') }))).toBeVisible();
	await expect(page.getByText(fill(f.passMark, { mark: formatWholePercent('fr', 75) }))).toBeVisible();
	await expect(page.getByText(`${f.fromTrainer} Dans l’ordre, merci.`)).toBeVisible();
	await expect(page.getByText(progressText('fr', 0, 2))).toBeVisible();
	await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(f.todo);
});

test('in French, the builder counts picked items with the right plural and refuses a link too long for a QR code', async ({ page }) => {
	const f = catalogues.fr.assignment;
	await page.goto('/fr/trainers/assign/');
	const legend = page.getByRole('group', { name: f.pickLegend });
	await expect(legend.locator('legend').first()).toContainText(plural('fr', f.selectedCount, 0));
	// The course list arrives as a file after the page: a trainer picks once it shows.
	await expect(legend.getByRole('checkbox').first()).toBeEnabled();
	const boxes = await legend.getByRole('checkbox').all();
	await boxes[0]!.check();
	await expect(legend.locator('legend').first()).toContainText(plural('fr', f.selectedCount, 1));
	for (const box of boxes) await box.check();
	await expect(legend.locator('legend').first()).toContainText(plural('fr', f.selectedCount, boxes.length));
	await page.getByRole('textbox', { name: f.titleLabel }).fill('Tout le catalogue');
	await page.getByRole('textbox', { name: f.noteLabel }).fill('x'.repeat(280));
	await page.getByRole('button', { name: f.create }).click();
	// The message sits at the item picker, which describes the group.
	await expect(legend).toHaveAttribute('aria-describedby', /\S/);
	const message = page.locator(`[id="${(await legend.getAttribute('aria-describedby'))!.split(' ')[0]}"]`);
	await expect(message).toHaveText(/\d+/);
	const count = Number((await message.textContent())?.match(/\d+/)?.[0]);
	await expect(message).toHaveText(plural('fr', f.tooLong, count));
	await expect(legend).toHaveAccessibleDescription(new RegExp(plural('fr', f.tooLong, count).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
});

test('the assignment page follows progress made in another tab', async ({ context }) => {
	const assignment = { v: 1 as const, i: 'liveone123', t: 'Live', p: 80, x: ['m:agents/hold-done-right', 'm:agents/first-ten-seconds'] };
	const landing = await context.newPage();
	await landing.goto(`/en/assignment/#${encodeAssignment(assignment)}`);
	await expect(landing.getByText(progressText('en', 0, 2))).toBeVisible();
	const reading = await context.newPage();
	await reading.goto('/en/agents/hold-done-right/');
	await reading.getByRole('button', { name: catalogues.en.progress.markRead }).click();
	await expect(landing.getByText(progressText('en', 1, 2))).toBeVisible();
	await expect(landing.getByRole('listitem').filter({ hasText: 'Hold, done right' })).toContainText(a.done);
});
