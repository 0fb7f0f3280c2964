import { readFileSync } from 'node:fs';
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import { fill } from '../../../src/lib/i18n/format.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import type { LaunchFile } from '../../../src/lib/lms/launch-file.ts';
import { quizStrings } from './quiz-strings.ts';
import { answer, loadQuiz } from './quiz.ts';

/** Where the fake LMS serves everything: its own pages, the package under `/course/`, its LRS under `/lrs/`. */
export const LMS_ORIGIN = 'http://lms.test';

const types: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	js: 'text/javascript',
	css: 'text/css',
	json: 'application/json',
	svg: 'image/svg+xml',
	wasm: 'application/wasm',
	xml: 'application/xml',
};

/** A package written by `npm run package`, unzipped in memory. */
export function readPackage(id: string, format: 'scorm12' | 'cmi5'): { files: Map<string, Uint8Array>; launch: LaunchFile } {
	const files = new Map(Object.entries(unzipSync(readFileSync(`dist-lms/${id}.${format}.zip`))));
	const launch = JSON.parse(Buffer.from(files.get('lms.json')!).toString('utf8')) as LaunchFile;
	return { files, launch };
}

/**
 * Serves the package at `/course/` as an LMS would, `extra` answering anything else (the harness
 * page, the LRS). Every request the course makes to another origin is answered 404 and recorded:
 * a self-contained package makes none.
 */
export async function serveLms(
	page: Page,
	files: Map<string, Uint8Array>,
	extra: (url: URL, method: string, body: string) => { status: number; body: string; type?: string } | undefined,
): Promise<{ missing: string[]; outside: string[] }> {
	const missing: string[] = [];
	const outside: string[] = [];
	await page.route('**/*', async (route) => {
		const request = route.request();
		const url = new URL(request.url());
		if (url.origin !== LMS_ORIGIN) {
			outside.push(request.url());
			return route.fulfill({ status: 404, body: '' });
		}
		if (url.pathname.startsWith('/course/')) {
			const file = decodeURIComponent(url.pathname.slice('/course/'.length)) || 'index.html';
			const content = files.get(file);
			if (!content) {
				missing.push(file);
				return route.fulfill({ status: 404, body: '' });
			}
			return route.fulfill({
				status: 200,
				body: Buffer.from(content),
				contentType: types[file.split('.').pop() ?? ''] ?? 'application/octet-stream',
			});
		}
		const answer = extra(url, request.method(), request.postData() ?? '');
		if (!answer) return route.fulfill({ status: 404, body: '' });
		return route.fulfill({ status: answer.status, body: answer.body, contentType: answer.type ?? 'application/json' });
	});
	return { missing, outside };
}

/** The course inside the launcher inside the LMS's page. */
export function courseFrame(page: Page, launch: LaunchFile): FrameLocator {
	const title = fill(catalogues[launch.lang].lms.frameTitle, { title: launch.titles[launch.lang] });
	return page.frameLocator('iframe[data-harness]').frameLocator(`iframe[title="${title.replace(/"/g, '\\"')}"]`);
}

/** The launcher's status line. */
export const launcherStatus = (page: Page) => page.frameLocator('iframe[data-harness]').getByRole('status').first();

/**
 * Marks the module read and takes its quiz at the end of the page, every answer right or every one
 * wrong, by keyboard, as a learner would.
 */
export async function completeModule(page: Page, course: FrameLocator, locale: Locale, quizId: string, right: boolean): Promise<void> {
	await course.getByRole('button', { name: catalogues[locale].progress.markRead }).click();
	await expect(course.getByText(catalogues[locale].progress.readOn)).toBeVisible();
	const s = quizStrings(locale);
	const quiz = loadQuiz(quizId);
	const section = course.getByRole('region', { name: s.moduleHeading });
	await section.scrollIntoViewIfNeeded();
	for (const [index, question] of quiz.questions.entries()) {
		await answer(page, question, locale, right, course);
		const check = section.getByRole('button', { name: s.check, exact: true });
		if (await check.isVisible()) {
			await check.click();
		}
		const last = index === quiz.questions.length - 1;
		await section.getByRole('button', { name: last ? s.seeResults : s.next, exact: true }).click();
	}
	await expect(section.getByRole('heading', { name: s.resultsHeading })).toBeVisible();
}
