import { expect, test, type Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/assignment/link.ts';
import type { Assignment } from '../../src/lib/assignment/schema.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, formatDate, formatNumber, formatWholePercent } from '../../src/lib/i18n/format.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { emptyRecord, type ProgressRecord, type QuizResult } from '../../src/lib/progress/schema.ts';
import { STORAGE_KEY } from '../../src/lib/progress/store.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';

const a = catalogues.en.assignment;
/** "{done} of {total} done", as the assignment page and the banner write it. */
const count = (locale: Locale, done: number, total: number) =>
	fill(catalogues[locale].assignment.progressCount, { done: formatNumber(locale, done), total: formatNumber(locale, total) });
/** "Back to “title” (1 of 2 done)". */
const backTo = (locale: Locale, title: string, done: number, total: number) =>
	fill(catalogues[locale].assignment.backTo, { title, progress: count(locale, done, total) });

const week: Assignment = { v: 1, i: 'weekone123', t: 'Week one', p: 70, x: ['m:agents/hold-done-right', 'q:spot-the-bzzzt'] };
const today = new Date().toISOString();

/** Puts a progress record on the device before the page's scripts read it. */
async function seed(page: Page, record: ProgressRecord) {
	await page.goto('/en/');
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(record)] as const);
}

const quizResult = (score: number, mode: QuizResult['mode'], attempt = 1): QuizResult => ({
	score,
	passed: score >= 0.7,
	date: today,
	attempt,
	mode,
	missed: [],
});
/** A learner who read "Hold, done right" and took "Spot the Bzzzt" once. */
const readAndTook = (result: QuizResult): ProgressRecord => ({
	...emptyRecord(),
	modulesRead: { 'agents/hold-done-right': today },
	quizzes: {
		'spot-the-bzzzt': {
			best: result,
			...(result.mode === 'assessment' ? { assessment: result } : {}),
			revealed: true,
			last: result,
			attempts: 1,
		},
	},
});

test('without a link, the page lists the assignments saved on this device; a broken link shows its error and the list', async ({
	page,
}) => {
	await page.goto('/en/assignment/');
	// Nothing saved yet: the old advice.
	await expect(page.getByRole('alert')).toContainText(a.badEmpty);
	await expect(page.getByRole('heading', { name: a.savedTitle })).toHaveCount(0);

	await page.goto(`/en/assignment/#${encodeAssignment(week)}`);
	await expect(page.getByRole('heading', { name: 'Week one' })).toBeVisible();
	await page.goto('/en/assignment/');
	const saved = page.getByRole('region', { name: a.savedTitle });
	await expect(saved.getByRole('link', { name: 'Week one' })).toBeVisible();
	await expect(saved).toContainText(fill(a.savedMeta, { progress: count('en', 0, 2), date: formatDate('en', today) }));
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expectNoAxeViolations(page);

	// Opened from the list, in the same tab: the assignment, its title focused.
	await saved.getByRole('link', { name: 'Week one' }).click();
	await expect(page.getByRole('heading', { name: 'Week one' })).toBeFocused();
	await expect(page.getByText(count('en', 0, 2))).toBeVisible();

	await page.goto(`/en/assignment/#${encodeAssignment(week).slice(0, 30)}`);
	await expect(page.getByRole('alert')).toContainText(a.badMalformed);
	await expect(page.getByRole('region', { name: a.savedTitle }).getByRole('link', { name: 'Week one' })).toBeVisible();
});

test('switching language keeps the assignment: the language links carry its fragment', async ({ page }) => {
	const fragment = encodeAssignment(week);
	await page.goto(`/fr/assignment/#${fragment}`);
	await expect(page.getByRole('heading', { name: catalogues.fr.assignment.checklist })).toBeVisible();
	const english = page.getByRole('banner').getByRole('link', { name: 'English' });
	// The link itself carries it (keyboard, middle click and "copy link" use the href).
	await expect(english).toHaveAttribute('href', `/en/assignment/#${fragment}`);
	await english.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`/en/assignment/#${fragment}`);
	await expect(page.getByRole('heading', { name: 'Week one' })).toBeVisible();
	await expect(page.getByRole('heading', { name: a.checklist })).toBeVisible();
	await expect(page.getByText(a.badEmpty)).toHaveCount(0);
});

test('an item opened from the checklist leads back to the assignment, and its count follows progress', async ({ page }) => {
	await page.goto(`/en/assignment/#${encodeAssignment(week)}`);
	await page.getByRole('main').getByRole('link', { name: 'Hold, done right' }).click();
	await expect(page).toHaveURL(/\/en\/agents\/hold-done-right\/\?assignment=weekone123$/);
	const banner = page.getByRole('navigation', { name: a.bannerLabel });
	await expect(banner.getByRole('link')).toHaveText(backTo('en', 'Week one', 0, 2));
	// The banner is the first thing in the main content.
	await expect(page.locator('main > nav').first()).toHaveAttribute('aria-label', a.bannerLabel);

	// Finishing the item (read to its end, or marked read) counts at once.
	const markRead = page.getByRole('button', { name: catalogues.en.progress.markRead });
	if (await markRead.isVisible()) await markRead.click();
	await expect(page.getByText(catalogues.en.progress.readOn)).toBeVisible();
	await expect(banner.getByRole('link')).toHaveText(backTo('en', 'Week one', 1, 2));

	// The language switch keeps the assignment on the item page too.
	await expect(page.getByRole('banner').getByRole('link', { name: 'Italiano' })).toHaveAttribute(
		'href',
		'/it/agents/hold-done-right/?assignment=weekone123',
	);
	await page.emulateMedia({ media: 'print' });
	await expect(banner).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	await banner.getByRole('link').click();
	await expect(page).toHaveURL(`/en/assignment/#${encodeAssignment(week)}`);
	await expect(page.getByText(count('en', 1, 2))).toBeVisible();
	await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(a.done);

	// A page opened on its own shows no banner.
	await page.goto('/en/agents/hold-done-right/');
	await expect(page.locator('main')).toBeVisible();
	await expect(page.getByRole('navigation', { name: a.bannerLabel })).toHaveCount(0);
});

test('the way back shows on quiz, role-play and learning-path pages, in every language', async ({ page }) => {
	const mixed: Assignment = { v: 1, i: 'mixedone12', t: 'Mixed', p: 70, x: ['q:spot-the-bzzzt', 'r:cold-call', 'p:first-week'] };
	await page.goto(`/en/assignment/#${encodeAssignment(mixed)}`);
	await expect(page.getByRole('heading', { name: 'Mixed' })).toBeVisible();
	for (const [locale, path] of [
		['fr', '/fr/quiz/spot-the-bzzzt/'],
		['it', '/it/practice/cold-call/'],
		['it', '/it/paths/first-week/'],
		['en', '/en/paths/first-week/'],
	] as const) {
		await page.goto(`${path}?assignment=mixedone12`);
		const banner = page.getByRole('navigation', { name: catalogues[locale].assignment.bannerLabel });
		await expect(banner.getByRole('link')).toHaveText(backTo(locale, 'Mixed', 0, 3));
		await expect(banner.getByRole('link')).toHaveAttribute('href', `/${locale}/assignment/#${encodeAssignment(mixed)}`);
	}
	// On the path's page, its steps lead back to the assignment too.
	await expect(page.locator('[data-path-items] a').first()).toHaveAttribute('href', /\?assignment=mixedone12$/);
	await expectNoAxeViolations(page);
});

test('items the site no longer has are named by their kind, with their id in small print', async ({ page }) => {
	const gone: Assignment = { ...week, x: ['m:agents/hold-done-right', 'm:agents/does-not-exist', 'q:gone-quiz'] };
	await page.goto(`/en/assignment/#${encodeAssignment(gone)}`);
	const notice = page.getByRole('status').filter({ hasText: a.unknownItems });
	await expect(notice).toContainText(`${a.unknownItem.module} (m:agents/does-not-exist)`);
	await expect(notice).toContainText(`${a.unknownItem.quiz} (q:gone-quiz)`);
	await expect(notice.locator('small')).toHaveText(['(m:agents/does-not-exist)', '(q:gone-quiz)']);
});

test('all passed: a certificate of passing, and the code downloads under a file name per learner', async ({ page }) => {
	await seed(page, readAndTook(quizResult(0.9, 'assessment')));
	await page.goto(`/en/assignment/#${encodeAssignment(week)}`);
	const quizRow = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Spot the Bzzzt' });
	await expect(quizRow).toContainText(a.passed);
	await expect(quizRow).toContainText(`${formatWholePercent('en', 90)} (${fill(a.howAssessment, { attempt: '1' })})`);
	await page.getByRole('textbox', { name: a.nameLabel }).fill('Zoé Lefèvre');
	await page.getByRole('button', { name: a.makeCode }).click();
	await expect(page.getByRole('heading', { name: a.certificate })).toBeVisible();
	await expect(page.getByRole('region', { name: a.certificate })).toContainText(
		fill(a.certificateItem, { title: 'Spot the Bzzzt', score: formatWholePercent('en', 90) }),
	);
	await expect(page.getByRole('button', { name: a.copyCode })).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: a.download }).click();
	expect((await download).suggestedFilename()).toBe('completion-week-one-zoe-lefevre.txt');
});

test('an item not passed: the checklist says so in words, and the learner gets a completion record, never a certificate of passing', async ({
	page,
}) => {
	await seed(page, readAndTook(quizResult(0.5, 'assessment')));
	await page.goto(`/en/assignment/#${encodeAssignment({ ...week, p: 80 })}`);
	const quizRow = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Spot the Bzzzt' });
	await expect(quizRow).toContainText(a.failed);
	await expect(quizRow).toContainText(formatWholePercent('en', 50));
	// Finished, passed or not: 2 of 2, and the code can be made.
	await expect(page.getByText(count('en', 2, 2))).toBeVisible();
	await page.getByRole('textbox', { name: a.nameLabel }).fill('Ben Okafor');
	await page.getByRole('button', { name: a.makeCode }).click();
	const record = page.getByRole('region', { name: a.completionRecord });
	await expect(record).toBeVisible();
	await expect(page.getByRole('heading', { name: a.certificate })).toHaveCount(0);
	await expect(record).toContainText(
		fill(a.completionRecordText, { name: 'Ben Okafor', title: 'Week one', date: formatDate('en', today) }),
	);
	await expect(record.getByRole('heading', { name: a.notPassedHeading })).toBeVisible();
	await expect(record).toContainText(fill(a.certificateItem, { title: 'Spot the Bzzzt', score: formatWholePercent('en', 50) }));
	await expect(record).not.toContainText(fill(a.certificateText, { name: 'Ben Okafor', title: 'Week one', date: formatDate('en', today) }));
});

test('an assignment requiring assessment explains the rule and says which rows practice can no longer pass; no axe violations', async ({
	page,
}) => {
	await seed(page, readAndTook(quizResult(1, 'practice')));
	const strict: Assignment = { ...week, m: 1, d: '2099-03-01', n: 'First attempt counts.', x: [...week.x, 'm:agents/gone'] };
	await page.goto(`/en/assignment/#${encodeAssignment(strict)}`);
	await expect(page.getByText(a.assessmentRule)).toBeVisible();
	await expect(page.getByText(a.assessmentRequired)).toBeVisible();
	await expect(page.getByText(fill(a.due, { date: formatDate('en', '2099-03-01') }))).toBeVisible();
	const quizRow = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Spot the Bzzzt' });
	await expect(quizRow).toContainText(a.failed);
	await expect(quizRow).toContainText(`${formatWholePercent('en', 100)} (${fill(a.howPractice, { attempt: '1' })})`);
	await expect(quizRow).toContainText(a.practiceOnly);
	await page.getByRole('textbox', { name: a.nameLabel }).fill('Ana Lima');
	await page.getByRole('button', { name: a.makeCode }).click();
	await expect(page.getByRole('region', { name: a.completionRecord })).toBeVisible();
	await expectNoAxeViolations(page);
});
