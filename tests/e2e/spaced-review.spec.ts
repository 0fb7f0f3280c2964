import { expect, test, type Page } from '@playwright/test';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, plural } from '../../src/lib/i18n/format.ts';
import { personaRuns } from '../../src/lib/roleplay/analysis.ts';
import { STORAGE_KEY } from '../../src/lib/progress/store.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { quizStrings } from './helpers/quiz-strings.ts';
import { answer, loadQuiz, press } from './helpers/quiz.ts';
import { pathFor, playByKeyboard, shippedScenarios, startCall } from './helpers/roleplay.ts';
import { storeDueCard, storedRecord } from './helpers/storage.ts';

const s = catalogues.en.spaced;
const dueLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^Review: \d+ due$/ });

test('a question missed in a quiz comes back in review: shown, answered in the head, rated by keyboard, then days away', async ({
	page,
}) => {
	const quiz = loadQuiz('first-ten-seconds');
	const missed = quiz.questions[0]!;
	const qs = quizStrings('en');
	await page.goto(`/en/quiz/${quiz.id}/`);
	for (const [index, question] of quiz.questions.entries()) {
		await answer(page, question, 'en', index !== 0);
		await press(page, page.getByRole('button', { name: qs.check, exact: true }));
		await page.getByRole('button', { name: index === quiz.questions.length - 1 ? qs.seeResults : qs.next, exact: true }).click();
	}
	await expect(page.getByRole('heading', { name: qs.resultsHeading })).toBeVisible();

	// The header says one card is due, on any page, and leads to it.
	await page.goto('/en/agents/');
	await expect(dueLink(page)).toHaveText(fill(s.headerDue, { count: 1 }));
	await dueLink(page).click();
	await expect(page).toHaveURL(/\/en\/review\/$/);
	const prompt = page.getByRole('heading', { level: 2, name: missed.prompt.en });
	await expect(prompt).toBeVisible();
	await expect(page.getByText(plural('en', s.dueToday, 1))).toBeVisible();
	await expect(page.getByText(`From the quiz “${quiz.title.en}”`)).toBeVisible();
	await expectNoAxeViolations(page);

	// Space shows the answer and why; 4 (Easy) sends it days away.
	await page.locator('body').press('Space');
	await expect(page.getByRole('heading', { name: s.answer })).toBeVisible();
	await expect(page.getByText(missed.explanation.en)).toBeVisible();
	const ratings = page.getByRole('group', { name: s.rateLegend });
	await expect(ratings.getByRole('button')).toHaveCount(4);
	await expect(ratings.getByRole('button', { name: /Again/ })).toContainText(/back in \d+ minutes?/);
	await expectNoAxeViolations(page);
	await page.locator('body').press('4');

	const done = page.getByRole('heading', { name: s.doneTitle });
	await expect(done).toBeFocused();
	await expect(page.getByText(plural('en', s.done, 1))).toBeVisible();
	await expect(page.getByText(plural('en', s.streak, 1))).toBeVisible();
	const card = (await storedRecord(page)).cards[`quiz:${quiz.id}/${missed.id}`];
	expect(card.reps).toBe(1);
	expect(new Date(card.due).getTime() - Date.now()).toBeGreaterThan(86_400_000);
	await expect(dueLink(page)).toBeHidden();

	// My progress shows nothing due now, and the streak. Review never changes the quiz result.
	await page.goto('/en/progress/');
	await expect(page.getByText(s.progressNone)).toBeVisible();
	await expect(page.getByText(plural('en', s.streak, 1))).toBeVisible();
	expect((await storedRecord(page)).quizzes[quiz.id].attempts).toBe(1);
});

test('a wrong answer to a check in a module, and a costly turn in a practice call, come back as cards', async ({ page }) => {
	// The check: the first check of the identity module, answered with a wrong option.
	await page.goto('/en/agents/identity-checks/');
	const check = page.locator('form[data-check]').first();
	const wrong = check.locator('[data-correct="false"] input').first();
	await wrong.check();
	await check.getByRole('button', { name: catalogues.en.module.checkButton }).click();
	await expect(check.getByRole('status')).toContainText('come back in your review');
	const prompt = await check.locator('legend').innerText();
	// Remembered on the device: a reload shows the earlier answer.
	await expect.poll(async () => Object.keys((await storedRecord(page)).checks ?? {}).length).toBe(1);
	await page.reload();
	await expect(check.getByRole('status')).toContainText(catalogues.en.module.checkEarlier);
	await expect(wrong).toBeChecked();

	// The call: the worst path of a scenario, played by keyboard.
	const scenario = shippedScenarios().find((s) => s.id === 'cold-call')!;
	await page.goto(`/en/practice/${scenario.id}/`);
	await startCall(page, catalogues.en.roleplay, 'practice');
	await playByKeyboard(page, scenario, pathFor(scenario, 'worst'), catalogues.en.roleplay, 'en', { persona: personaRuns(scenario)[0] });
	await expect
		.poll(async () => Object.keys((await storedRecord(page)).cards ?? {}).some((id) => id.startsWith('turn:cold-call/')))
		.toBe(true);
	const turnCards = Object.keys((await storedRecord(page)).cards).filter((id) => id.startsWith('turn:'));

	await page.goto('/en/review/');
	await expect(page.getByText(plural('en', s.dueToday, 1 + turnCards.length))).toBeVisible();
	// Cards come soonest-due first: the check, then the call's turns.
	await expect(page.getByRole('heading', { level: 2, name: prompt })).toBeVisible();
	await page.getByRole('button', { name: s.show }).click();
	await page.getByRole('group', { name: s.rateLegend }).getByRole('button', { name: /Good/ }).click();
	// Good on a new card is a learning step minutes away: later cards come first.
	await expect(page.getByRole('heading', { level: 2, name: s.turnPrompt })).toBeVisible();
	await expect(page.getByText(`From the practice call “${scenario.title.en}”`)).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a record saved before review cards existed still loads, and what it had missed comes back', async ({ page }) => {
	const quiz = loadQuiz('hold-done-right');
	const question = quiz.questions[1]!;
	await page.goto('/en/glossary/');
	await page.evaluate(({ key, record }) => localStorage.setItem(key, record), {
		key: STORAGE_KEY,
		record: JSON.stringify({
			version: 1,
			quizzes: {
				[quiz.id]: { last: { score: 0.5, passed: false, date: '2026-11-20T10:00:00.000Z', missed: [question.id] }, attempts: 1 },
			},
			roleplays: {},
			modulesRead: { 'agents/hold-done-right': '2026-11-20T09:00:00.000Z' },
			assignments: {},
		}),
	});
	await page.goto('/en/review/');
	await expect(page.getByRole('heading', { level: 2, name: question.prompt.en })).toBeVisible();
	await page.goto('/en/progress/');
	await expect(page.getByText(plural('en', s.progressDue, 1))).toBeVisible();
	await expect(page.getByRole('region', { name: 'Agents' }).getByText(/^1 module read/)).toBeVisible();
});

test('with nothing missed yet, the review page says how cards get there, in each language', async ({ page }) => {
	for (const lang of ['en', 'fr', 'it'] as const) {
		await page.goto(`/${lang}/review/`);
		await expect(page.getByRole('heading', { name: catalogues[lang].spaced.emptyTitle })).toBeVisible();
		await expect(page.getByRole('link', { name: catalogues[lang].spaced.emptyLink })).toHaveAttribute('href', `/${lang}/practice/`);
	}
	await expectNoAxeViolations(page);
});

test('when the cards cannot load, the page says so and can try again', async ({ page }) => {
	const quiz = loadQuiz('hold-done-right');
	await page.goto('/en/glossary/');
	await storeDueCard(page, quiz.id, quiz.questions[0]!.id);
	await page.route('**/review/data.json', (route) => route.abort());
	await page.goto('/en/review/');
	await expect(page.getByRole('alert')).toHaveText(new RegExp(s.loadError.slice(0, 30)));
	await page.unroute('**/review/data.json');
	await page.getByRole('button', { name: s.retry }).click();
	await expect(page.getByRole('heading', { level: 2, name: quiz.questions[0]!.prompt.en })).toBeVisible();
});
