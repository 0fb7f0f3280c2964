import { readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { fill, formatNumber, formatPercent, formatWholePercent, plural } from '../../src/lib/i18n/format.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { BACKUP_PREFIX } from '../../src/lib/progress/store.ts';
import { quizStrings } from './helpers/quiz-strings.ts';
import { answer, loadQuiz, press, sayHowSure, spaces } from './helpers/quiz.ts';
import { storedRecord } from './helpers/storage.ts';

// Right answers come from the quiz files themselves, never from this test.
const quizIds = readdirSync('src/content/quizzes')
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => name.replace(/\.yaml$/, ''));

/** The quiz's own words reach a module page only as its island's data file, in one language. */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });

// --- Journeys --------------------------------------------------------------------------------

test('pass a practice quiz by keyboard alone, with feedback after each answer; axe before, during, after', async ({ page }) => {
	const locale = 'en';
	const s = quizStrings(locale);
	const quiz = loadQuiz('first-ten-seconds');
	await page.goto(`/${locale}/quiz/${quiz.id}/`);
	const total = quiz.questions.length;
	await expect(heading(page, fill(s.questionOf, { n: 1, total }))).toBeVisible();
	await expectNoAxeViolations(page);

	for (const [index, question] of quiz.questions.entries()) {
		await expect(heading(page, fill(s.questionOf, { n: index + 1, total }))).toBeVisible();
		await answer(page, question, locale, true);
		if (index === 0) await sayHowSure(page, locale, true);
		await press(page, page.getByRole('button', { name: s.check, exact: true }));
		// Practice: the verdict and the explanation come at once, in a live region.
		const feedback = page.getByRole('status').filter({ hasText: s.verdictRight });
		await expect(feedback).toContainText(question.explanation[locale]);
		const next = page.getByRole('button', {
			name: index === total - 1 ? s.seeResults : s.next,
			exact: true,
		});
		await expect(next).toBeFocused();
		// The answer is locked once checked.
		const form = page.getByRole('group', { name: spaces(question.prompt[locale]), exact: true });
		for (const control of await form.locator('input, select, button').all()) await expect(control).toBeDisabled();
		if (index === 0) await expectNoAxeViolations(page);
		await page.keyboard.press('Enter');
	}

	const results = heading(page, s.resultsHeading);
	await expect(results).toBeFocused();
	await expect(page.getByText(fill(s.scored, { percent: formatWholePercent(locale, 100) }))).toBeVisible();
	await expect(page.getByText(fill(s.passed, { passMark: formatWholePercent(locale, quiz.passMark) }))).toBeVisible();
	await expect(page.getByText(fill(s.calSureRight, { count: 1 }))).toBeVisible();
	await expect(page.getByText(s.calGood)).toBeVisible();
	await expect(page.getByRole('button', { name: s.retryMissed })).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('fail an assessment by keyboard, retry the missed questions, pass, reload and see the result', async ({ page }) => {
	const locale = 'fr';
	const s = quizStrings(locale);
	const quiz = loadQuiz('hold-done-right');
	expect(quiz.mode).toBe('assessment');
	// Wrong on these three (order left shuffled scores at most 3/4): at most (4 + 0.75) / 7 < 75 %.
	const wrong = new Set(quiz.questions.filter((q) => ['order', 'spot', 'multiple'].includes(q.type)).map((q) => q.id));
	expect(wrong.size).toBe(3);
	const spot = quiz.questions.find((q) => q.type === 'spot')!;

	await page.goto(`/${locale}/quiz/${quiz.id}/`);
	const total = quiz.questions.length;
	for (const [index, question] of quiz.questions.entries()) {
		const counter = heading(page, fill(s.questionOf, { n: index + 1, total }));
		// Focus moves to each next question's heading (not to the first on page load).
		if (index > 0) await expect(counter).toBeFocused();
		else await expect(counter).toBeVisible();
		await answer(page, question, locale, !wrong.has(question.id));
		if (question.id === spot.id) await sayHowSure(page, locale, true);
		await press(page, page.getByRole('button', { name: index === total - 1 ? s.seeResults : s.next, exact: true }));
		// Assessment: no feedback until the end.
		if (index < total - 1) {
			for (const verdict of [s.verdictRight, s.verdictWrong]) await expect(page.getByText(verdict, { exact: true })).toHaveCount(0);
		}
		if (index === 2) await expectNoAxeViolations(page);
	}

	await expect(heading(page, s.resultsHeading)).toBeFocused();
	await expect(page.getByText(fill(s.notPassed, { passMark: formatWholePercent(locale, quiz.passMark) }))).toBeVisible();
	// A first assessment attempt on a fresh device is the one that counts.
	await expect(page.getByText(fill(s.attemptKinds.counts, { attempt: formatNumber(locale, 1) }))).toBeVisible();
	await expect(page.getByText(fill(s.calSureWrong, { count: 1 }))).toBeVisible();
	await expect(page.getByText(s.calAdvice)).toBeVisible();
	// Each question shows the learner's answer, the right one and the explanation.
	const spotReview = page.getByRole('listitem').filter({
		has: page.getByRole('heading', {
			name: fill(s.questionN, { n: quiz.questions.indexOf(spot) + 1 }),
		}),
	});
	await expect(spotReview).toContainText(spot.explanation[locale]);
	for (const line of spot.lines.filter((l) => l.mistake)) await expect(spotReview).toContainText(line.mistake![locale]);
	await expect(spotReview).toContainText(s.spotMissed);
	await expectNoAxeViolations(page);

	// The results showed the answers: a retry is practice, and says so.
	await press(page, page.getByRole('button', { name: s.retryMissedPractice, exact: true }));
	await expect(page.getByText(plural(locale, s.retrying, 3))).toBeVisible();
	const retried = quiz.questions.filter((q) => wrong.has(q.id));
	for (const [index, question] of retried.entries()) {
		await expect(heading(page, fill(s.questionOf, { n: index + 1, total: 3 }))).toBeFocused();
		await answer(page, question, locale, true);
		await press(page, page.getByRole('button', { name: index === 2 ? s.seeResults : s.next, exact: true }));
	}
	await expect(heading(page, s.resultsHeading)).toBeFocused();
	await expect(page.getByText(fill(s.scored, { percent: formatWholePercent(locale, 100) }))).toBeVisible();
	await expect(page.getByText(fill(s.passed, { passMark: formatWholePercent(locale, quiz.passMark) }))).toBeVisible();
	await expect(page.getByText(fill(s.attemptKinds.practiceShown, { attempt: formatNumber(locale, 2) }))).toBeVisible();

	await page.reload();
	await expect(heading(page, s.resultsHeading)).toBeVisible();
	await expect(page.getByText(fill(s.scored, { percent: formatWholePercent(locale, 100) }))).toBeVisible();
	await expect(page.getByText(plural(locale, s.attempts, 2))).toBeVisible();
	await expect(page.getByText(fill(s.bestScore, { percent: formatPercent(locale, 1) }), { exact: false })).toBeVisible();
	await expectNoAxeViolations(page);

	// Start again: a fresh round; the stored best stays on the device.
	await press(page, page.getByRole('button', { name: s.startAgainPractice, exact: true }));
	await expect(heading(page, fill(s.questionOf, { n: 1, total }))).toBeFocused();
	const stored = await storedRecord(page);
	expect(stored.quizzes[quiz.id]).toMatchObject({
		attempts: 2,
		best: { score: 1, passed: true, mode: 'practice' },
		assessment: { attempt: 1, mode: 'assessment', passed: false },
	});
});

test('a reload mid-quiz keeps the answers given and shows the same order', async ({ page }) => {
	const locale = 'it';
	const s = quizStrings(locale);
	const quiz = loadQuiz('role-play-in-pairs');
	const [first, second] = quiz.questions;
	expect(first?.type).toBe('single');
	expect(second?.type).toBe('order');
	const total = quiz.questions.length;
	await page.goto(`/${locale}/quiz/${quiz.id}/`);
	await answer(page, first!, locale, true);
	await sayHowSure(page, locale, false);
	await press(page, page.getByRole('button', { name: s.check, exact: true }));

	// Checked, then reloaded: the same question, its answer, its feedback.
	await page.reload();
	await expect(heading(page, fill(s.questionOf, { n: 1, total }))).toBeVisible();
	const right = first!.type === 'single' ? first!.options.find((o) => o.correct)! : undefined;
	await expect(page.getByRole('radio', { name: spaces(right!.text[locale]), exact: true })).toBeChecked();
	await expect(page.getByRole('radio', { name: s.unsure, exact: true })).toBeChecked();
	await expect(page.getByRole('status').filter({ hasText: s.verdictRight })).toContainText(first!.explanation[locale]);

	await press(page, page.getByRole('button', { name: s.next, exact: true }));
	const group = page.getByRole('group', { name: spaces(second!.prompt[locale]), exact: true });
	const steps = group.locator('li .step');
	await expect(steps).toHaveCount(second!.type === 'order' ? second!.items.length : 0);
	const order = await steps.allTextContents();
	await page.reload();
	await expect(heading(page, fill(s.questionOf, { n: 2, total }))).toBeVisible();
	await expect(group.locator('li .step')).toHaveText(order);
	await expect(page.getByText(s.verdictRight, { exact: true })).toHaveCount(0);
});

test('the quiz at the end of a module page works, in that page’s language only', async ({ page }) => {
	const locale = 'it';
	const s = quizStrings(locale);
	const quiz = loadQuiz('before-you-dial');
	// The quiz's words are not in the page: they load as a data file when the reader nears the quiz.
	const data = page.waitForResponse((response) => response.url().endsWith(`/${locale}/quiz/${quiz.id}.json`));
	const response = await page.goto(`/${locale}/callers/before-you-dial/`);
	const html = (await response?.text()) ?? '';
	for (const question of quiz.questions) expect(html).not.toContain(inJson(question.prompt.it));
	const section = page.getByRole('region', { name: s.moduleHeading });
	await section.scrollIntoViewIfNeeded();
	// Only Italian reaches the page: every Italian prompt is in the file, no English or French one.
	const json = await (await data).text();
	for (const question of quiz.questions) {
		expect(json).toContain(inJson(question.prompt.it));
		expect(json).not.toContain(inJson(question.prompt.en));
		expect(json).not.toContain(inJson(question.prompt.fr));
	}
	await expect(
		section.getByRole('heading', {
			name: fill(s.questionOf, { n: 1, total: quiz.questions.length }),
		}),
	).toBeVisible();
	await answer(page, quiz.questions[0]!, locale, false);
	await press(page, section.getByRole('button', { name: s.check, exact: true }));
	await expect(section.getByRole('status').filter({ hasText: s.verdictWrong })).toContainText(quiz.questions[0]!.explanation[locale]);
	await expectNoAxeViolations(page);
	await expect(section.getByRole('link', { name: s.ownPage })).toHaveAttribute('href', `/${locale}/quiz/${quiz.id}/`);
});

test('Spot the Bzzzt can be answered in each language', async ({ browser }) => {
	const quiz = loadQuiz('spot-the-bzzzt');
	for (const locale of ['en', 'fr', 'it'] as const) {
		// Progress is per quiz, not per language: a fresh device for each language.
		const context = await browser.newContext();
		const page = await context.newPage();
		const s = quizStrings(locale);
		await page.goto(`/${locale}/quiz/${quiz.id}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(s.pageTitle, { title: quiz.title[locale] }));
		for (const [index, question] of quiz.questions.entries()) {
			await answer(page, question, locale, true);
			await press(page, page.getByRole('button', { name: s.check, exact: true }));
			await expect(page.getByRole('status').filter({ hasText: s.verdictRight })).toBeVisible();
			await press(
				page,
				page.getByRole('button', {
					name: index === quiz.questions.length - 1 ? s.seeResults : s.next,
					exact: true,
				}),
			);
		}
		await expect(page.getByText(fill(s.scored, { percent: formatWholePercent(locale, 100) }))).toBeVisible();
		await context.close();
	}
});

test('progress is per quiz, whatever the language: a finished quiz shows its results in another', async ({ page }) => {
	const quiz = loadQuiz('spot-the-bzzzt');
	await page.goto(`/en/quiz/${quiz.id}/`);
	for (const [index, question] of quiz.questions.entries()) {
		await answer(page, question, 'en', true);
		await press(page, page.getByRole('button', { name: quizStrings('en').check, exact: true }));
		const last = index === quiz.questions.length - 1;
		await press(
			page,
			page.getByRole('button', {
				name: last ? quizStrings('en').seeResults : quizStrings('en').next,
				exact: true,
			}),
		);
	}
	await page.goto(`/it/quiz/${quiz.id}/`);
	await expect(heading(page, quizStrings('it').resultsHeading)).toBeVisible();
	await expect(page.getByText(fill(quizStrings('it').scored, { percent: formatWholePercent('it', 100) }))).toBeVisible();
});

test('an unanswered question asks for an answer instead of moving on', async ({ page }) => {
	const s = quizStrings('en');
	const quiz = loadQuiz('first-ten-seconds');
	await page.goto(`/en/quiz/${quiz.id}/`);
	await press(page, page.getByRole('button', { name: s.check, exact: true }));
	await expect(page.getByRole('status').filter({ hasText: s.needChoice })).toBeVisible();
	await expect(heading(page, fill(s.questionOf, { n: 1, total: quiz.questions.length }))).toBeVisible();
});

test('bad stored data never breaks the quiz', async ({ page }) => {
	const s = quizStrings('en');
	const quiz = loadQuiz('last-call-next-call');
	const total = quiz.questions.length;
	// A record that parses but whose attempt does not fit the quiz: a fresh attempt, record kept.
	await page.addInitScript((id) => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		localStorage.setItem(
			'both-ends:progress',
			JSON.stringify({
				version: 1,
				quizzes: {
					[id]: {
						attempts: 1,
						last: { score: 0.5, passed: false, date: '2026-11-01T10:00:00.000Z' },
						best: { score: 0.5, passed: false, date: '2026-11-01T10:00:00.000Z' },
						current: {
							seed: 7,
							answers: {
								'@round': { asked: ['nope'], position: 0, finished: false },
								nope: { value: 1 },
							},
						},
					},
				},
			}),
		);
	}, quiz.id);
	await page.goto(`/en/quiz/${quiz.id}/`);
	await expect(heading(page, fill(s.questionOf, { n: 1, total }))).toBeVisible();
	const kept = await storedRecord(page);
	expect(kept.quizzes[quiz.id]).toMatchObject({ attempts: 1, best: { score: 0.5 } });
	expect(kept.quizzes[quiz.id].current['@round'] ?? kept.quizzes[quiz.id].current.answers['@round']).toMatchObject({
		asked: quiz.questions.map((q) => q.id),
	});

	// Garbage: kept aside, the learner is told, the quiz starts. It is written from another page:
	// the open quiz saves its state as it unloads, and would write over it on a reload.
	await page.goto('/en/glossary/');
	await page.evaluate(() => localStorage.setItem('both-ends:progress', '{not json'));
	await page.goto(`/en/quiz/${quiz.id}/`);
	await expect(heading(page, fill(s.questionOf, { n: 1, total }))).toBeVisible();
	await expect(page.getByRole('alert').filter({ hasText: catalogues.en.progress.storageNotice.recovered })).toBeVisible();
	await expect
		.poll(() =>
			page.evaluate((prefix) => {
				const keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix));
				return keys.map((key) => localStorage.getItem(key));
			}, BACKUP_PREFIX),
		)
		.toEqual(['{not json']);
});

test('at 320 px the quiz does not scroll sideways, and results print without controls', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
	const page = await context.newPage();
	const s = quizStrings('fr');
	const quiz = loadQuiz('spot-the-bzzzt');
	await page.goto(`/fr/quiz/${quiz.id}/`);
	await expect(heading(page, fill(s.questionOf, { n: 1, total: quiz.questions.length }))).toBeVisible();
	const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(await overflow()).toBeLessThanOrEqual(0);
	for (const [index, question] of quiz.questions.entries()) {
		await answer(page, question, 'fr', index === 0);
		await press(page, page.getByRole('button', { name: s.check, exact: true }));
		expect(await overflow()).toBeLessThanOrEqual(0);
		await press(
			page,
			page.getByRole('button', {
				name: index === quiz.questions.length - 1 ? s.seeResults : s.next,
				exact: true,
			}),
		);
	}
	await expect(heading(page, s.resultsHeading)).toBeVisible();
	expect(await overflow()).toBeLessThanOrEqual(0);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: s.startAgain })).toBeHidden();
	await expect(heading(page, s.reviewHeading)).toBeVisible();
	await expect(page.getByText(quiz.questions[0]!.explanation.fr)).toBeVisible();
	await context.close();
});

test('the quiz list links every quiz in each language', async ({ page }) => {
	for (const locale of ['en', 'fr', 'it'] as const) {
		await page.goto(`/${locale}/quiz/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(quizStrings(locale).indexTitle);
		const links = page.getByRole('main').getByRole('listitem').getByRole('link');
		await expect(links).toHaveCount(quizIds.length);
		const bzzzt = loadQuiz('spot-the-bzzzt');
		await expect(page.getByRole('link', { name: bzzzt.title[locale], exact: true })).toHaveAttribute(
			'href',
			`/${locale}/quiz/spot-the-bzzzt/`,
		);
	}
});

test('a module’s quiz that cannot load says what to do, and the module page still works', async ({ page }) => {
	const s = quizStrings('en');
	await page.route('**/quiz/*.json', (route) => route.abort('internetdisconnected'));
	await page.goto('/en/callers/before-you-dial/');
	const section = page.getByRole('region', { name: s.moduleHeading });
	await section.scrollIntoViewIfNeeded();
	await expect(section.getByRole('status')).toHaveText(catalogues.en.quizPage.loadFailed);
	await expect(section.getByRole('link', { name: s.ownPage })).toBeVisible();
});

test('a quiz’s own page carries none of its questions, fetches them, and says what to do when they cannot load', async ({ page }) => {
	const locale = 'fr';
	const s = quizStrings(locale);
	const quiz = loadQuiz('first-ten-seconds');
	// The page holds only what loads the quiz: the questions come in its data file, as on a module page.
	const data = page.waitForResponse((response) => response.url().endsWith(`/${locale}/quiz/${quiz.id}.json`));
	const response = await page.goto(`/${locale}/quiz/${quiz.id}/`);
	const html = (await response?.text()) ?? '';
	for (const question of quiz.questions) expect(html).not.toContain(inJson(question.prompt[locale]));
	expect((await data).ok()).toBe(true);
	await expect(heading(page, fill(s.questionOf, { n: 1, total: quiz.questions.length }))).toBeVisible();

	// Offline, say, with the data file not yet kept: the page's title stays, and its status says what to do.
	await page.route('**/quiz/*.json', (route) => route.abort('internetdisconnected'));
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(s.pageTitle, { title: quiz.title[locale] }));
	const questions = page.getByRole('region', { name: catalogues[locale].quizPage.moduleHeading });
	await expect(questions.getByRole('status')).toHaveText(catalogues[locale].quizPage.loadFailed);
	await expectNoAxeViolations(page);
});
