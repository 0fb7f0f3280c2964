import type { BrowserContext, Page } from '@playwright/test';
import { STORAGE_KEY } from '../../../src/lib/progress/store.ts';

/** Makes every page of `context` throw on `localStorage`, as a browser that blocks storage does. */
export async function blockStorage(context: BrowserContext) {
	await context.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('blocked', 'SecurityError');
			},
		});
	});
}

/** The progress record as the page stored it (`{}` when there is none), read in the page. */
export function storedRecord(page: Page) {
	return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY);
}

/**
 * Stores, on the page's origin, a progress record holding one new review card already due (the
 * card of question `question` of quiz `quiz`), as a learner who missed it earlier has.
 */
export async function storeDueCard(page: Page, quiz: string, question: string) {
	const due = '2026-11-20T10:00:00.000Z';
	const card = { added: due, updated: due, due, stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 0, steps: 0, scheduled: 0 };
	const record = {
		version: 2,
		quizzes: {},
		roleplays: {},
		modulesRead: {},
		assignments: {},
		cards: { [`quiz:${quiz}/${question}`]: card },
	};
	await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: STORAGE_KEY, value: JSON.stringify(record) });
}
