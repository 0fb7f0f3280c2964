import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, formatNumber } from '../../src/lib/i18n/format.ts';
import { quizStrings } from './helpers/quiz-strings.ts';
import { PathSchema } from '../../src/lib/paths/schema.ts';
import { answer, loadQuiz, press } from './helpers/quiz.ts';
import { pathFor, playByKeyboard, shippedScenarios, startCall } from './helpers/roleplay.ts';

/** "{done} of {total} done on this device", as the path page writes it in English. */
const doneText = (done: number, total: number) =>
	fill(catalogues.en.paths.doneCount, { done: formatNumber('en', done), total: formatNumber('en', total) });

test('follow the First week path to its end: every step done, in order, from the path page', async ({ page }) => {
	test.setTimeout(240_000);
	const path = PathSchema.parse(parse(readFileSync('src/content/paths/first-week.yaml', 'utf8')));
	const scenarios = new Map(shippedScenarios().map((s) => [s.id, s]));
	await page.goto('/en/paths/first-week/');
	await expect(page.getByText(doneText(0, path.items.length))).toBeVisible();

	for (const [index, key] of path.items.entries()) {
		// Each step is reached from the path page, as a learner would.
		await page.goto('/en/paths/first-week/');
		const row = page.locator(`[data-item="${key}"]`);
		await row.getByRole('link').click();
		const id = key.slice(2);
		if (key.startsWith('m:')) {
			await page.getByRole('button', { name: catalogues.en.progress.markRead }).click();
			await expect(page.getByText(catalogues.en.progress.readOn)).toBeVisible();
		} else if (key.startsWith('q:')) {
			const quiz = loadQuiz(id);
			const q = quizStrings('en');
			for (const [n, question] of quiz.questions.entries()) {
				await answer(page, question, 'en', true);
				if (quiz.mode === 'practice') await press(page, page.getByRole('button', { name: q.check, exact: true }));
				await press(page, page.getByRole('button', { name: n === quiz.questions.length - 1 ? q.seeResults : q.next, exact: true }));
			}
			await expect(page.getByRole('heading', { name: q.resultsHeading, exact: true })).toBeVisible();
		} else {
			const scenario = scenarios.get(id)!;
			const r = catalogues.en.roleplay;
			await startCall(page, r, 'practice');
			await playByKeyboard(page, scenario, pathFor(scenario, 'best'), r, 'en', { persona: scenario.personas?.[0]?.id });
			await expect(page.getByRole('heading', { name: r.debrief })).toBeFocused();
		}
		await page.goto('/en/paths/first-week/');
		await expect(page.getByText(doneText(index + 1, path.items.length))).toBeVisible();
	}
	for (const key of path.items) await expect(page.locator(`[data-item="${key}"]`)).toHaveClass(/done/);
});
