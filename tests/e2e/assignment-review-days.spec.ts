import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { decodeCompletion } from '../../src/lib/assignment/code.ts';
import { decodeAssignment } from '../../src/lib/assignment/link.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, plural } from '../../src/lib/i18n/format.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { loadQuiz } from './helpers/quiz.ts';
import { storeDueCard } from './helpers/storage.ts';

/**
 * "Review for N days": a trainer asks for spaced review; the learner reviews what they missed;
 * their code carries the days reviewed and the streak, and the trainer's table shows them beside
 * the results, which review never changes.
 */
const a = catalogues.en.assignment;
const s = catalogues.en.spaced;
const MODULE = 'agents/hold-done-right';
const DAYS = 3;
const moduleTitle = (parse(readFileSync(`src/content/modules/en/${MODULE}.mdx`, 'utf8').split('---')[1]!) as { title: string }).title;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('an assignment asking for review on 3 days: the learner reviews, the code carries the days and the streak, the trainer sees them', async ({
	browser,
}) => {
	const trainer = await browser.newContext();
	const builder = await trainer.newPage();
	await builder.goto('/en/trainers/assign/');
	await expect(builder.getByRole('button', { name: a.create })).toBeEnabled();
	await builder
		.getByRole('group', { name: a.pickLegend })
		.getByRole('checkbox', { name: new RegExp(`^Module ${escape(moduleTitle)}`) })
		.check();
	await builder.getByRole('textbox', { name: a.titleLabel }).fill('Week one — review');
	// A number of days out of range is refused at its field, with its rule.
	await builder.getByRole('spinbutton', { name: a.reviewDaysLabel }).fill('45');
	await builder.getByRole('button', { name: a.create }).click();
	await expect(builder.getByRole('spinbutton', { name: a.reviewDaysLabel })).toBeFocused();
	await expect(builder.getByText(fill(a.reviewDaysInvalid, { max: '30' }))).toBeVisible();
	await builder.getByRole('spinbutton', { name: a.reviewDaysLabel }).fill(String(DAYS));
	await builder.getByRole('button', { name: a.create }).click();
	await expect(builder.getByText(plural('en', a.reviewAsked, DAYS))).toBeVisible();
	const link = new URL(await builder.getByRole('textbox', { name: a.linkLabel }).inputValue());
	const decoded = decodeAssignment(link.hash);
	expect(decoded.ok && decoded.assignment.s).toBe(DAYS);

	// The learner has a quiz question to review (missed earlier), opens the link, reads the module.
	const learner = await (await browser.newContext()).newPage();
	const quiz = loadQuiz('hold-done-right');
	const question = quiz.questions[0]!;
	await learner.goto('/en/glossary/');
	await storeDueCard(learner, quiz.id, question.id);
	await learner.goto(link.pathname + link.hash);
	const section = learner.getByRole('region', { name: a.reviewTitle });
	await expect(section).toContainText(plural('en', a.reviewProgress, DAYS, { days: '0' }));
	await learner.getByRole('link', { name: moduleTitle, exact: true }).click();
	await learner.getByRole('button', { name: catalogues.en.progress.markRead }).click();
	await expect(learner.getByText(catalogues.en.progress.readOn)).toBeVisible();

	// Today's review, by keyboard: show the answer, rate it Easy (Good would bring it back later today).
	await learner.goto(link.pathname + link.hash);
	await section.getByRole('link', { name: a.reviewLink }).click();
	await expect(learner.getByRole('heading', { level: 2, name: question.prompt.en })).toBeVisible();
	await learner.locator('body').press('Space');
	await expect(learner.getByRole('heading', { name: s.answer })).toBeVisible();
	await learner.locator('body').press('4');
	await expect(learner.getByRole('heading', { level: 2, name: question.prompt.en })).toHaveCount(0);

	await learner.goto(link.pathname + link.hash);
	await expect(section).toContainText(plural('en', a.reviewProgress, DAYS, { days: '1' }));
	await expect(section).toContainText(plural('en', a.reviewStreak, 1));
	await expectNoAxeViolations(learner);
	await learner.getByRole('textbox', { name: a.nameLabel }).fill('Ana Lima');
	await learner.getByRole('button', { name: a.makeCode }).click();
	const code = await learner.getByRole('textbox', { name: a.codeLabel }).inputValue();
	expect(decodeCompletion(code)).toMatchObject({ ok: true, completion: { s: [DAYS, 1, 1] } });

	const review = await trainer.newPage();
	await review.goto('/en/trainers/review/');
	await expect(review.getByRole('button', { name: a.readCodes })).toBeEnabled();
	await review.getByRole('textbox', { name: a.pasteLabel }).fill(code);
	await review.getByRole('button', { name: a.readCodes }).click();
	const table = review.getByRole('table', { name: a.tableCaption });
	await expect(table.getByRole('columnheader', { name: a.reviewColumn })).toBeVisible();
	const row = table.getByRole('row', { name: /Ana Lima/ });
	await expect(row).toContainText(fill(a.reviewCell, { days: '1', asked: String(DAYS) }));
	await expect(row).toContainText(plural('en', a.reviewStreakCell, 1));
	await expect(row).toContainText(a.passed);
});
