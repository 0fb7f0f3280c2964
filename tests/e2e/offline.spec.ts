import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../../scripts/site-pages.ts';
import { serveDist } from '../../scripts/serve.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, formatPercent, formatWholePercent } from '../../src/lib/i18n/format.ts';
import { personaRuns } from '../../src/lib/roleplay/analysis.ts';
import { allowanceFor, allowances, debrief } from '../../src/lib/roleplay/debrief.ts';
import type { OfflineList } from '../../src/lib/offline/offline-list.ts';
import { quizStrings } from './helpers/quiz-strings.ts';
import { answer, loadQuiz, press, tabTo } from './helpers/quiz.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { pathFor, playByKeyboard, shippedScenarios, startCall } from './helpers/roleplay.ts';

// Service workers are blocked in the other browser tests (playwright.config.ts); this one is about them.
test.use({ serviceWorkers: 'allow' });

const en = catalogues.en;
/** A module page of the English course, from the build (a page under a track with a quiz at its end). */
const modulePage = builtPages().find((path) => /^\/en\/(agents|callers|trainers)\/[a-z0-9-]+\/$/.test(path) && !path.includes('/tools/'))!;

/**
 * The site served from a copy of dist/ on a port of its own, so the test can take the server away
 * (really offline: nothing answers) and bring it back with a new build.
 */
function siteCopy() {
	const root = mkdtempSync(join(tmpdir(), 'both-ends-offline-'));
	cpSync('dist', root, { recursive: true });
	// A port per worker: the tests of this file run side by side.
	const port = Number(process.env.PORT ?? 4329) + 300 + test.info().parallelIndex;
	let server: Server | undefined;
	return {
		root,
		origin: `http://localhost:${port}`,
		async start() {
			server = await serveDist(port, root);
		},
		async stop() {
			server?.closeAllConnections();
			await new Promise((done) => server?.close(done));
		},
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}

/**
 * What a new deployment changes: the page `url` says something new, and the build's version (in
 * the service worker and the offline lists) and that page's hash change with it.
 */
function deployNewBuild(root: string, url: string, marker: string) {
	const sizes = JSON.parse(readFileSync(join(root, 'offline/sizes.json'), 'utf8')) as { version: string };
	const next = 'a1b2c3d4e5f6';
	const rewrite = (file: string, change: (text: string) => string) =>
		writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));
	rewrite(`${url.slice(1)}index.html`, (html) => html.replace(/(<main[^>]*>)/, `$1<p>${marker}</p>`));
	rewrite('sw.js', (code) => code.replaceAll(sizes.version, next));
	rewrite('offline/sizes.json', (text) => text.replaceAll(sizes.version, next));
	for (const lang of ['en', 'fr', 'it']) {
		rewrite(`offline/${lang}.json`, (text) => {
			const list = JSON.parse(text) as OfflineList;
			list.version = next;
			for (const file of list.files) if (file[0] === url) file[2] = 'changed';
			return JSON.stringify(list);
		});
	}
}

async function heading(page: Page, name: string) {
	await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

test('keep English offline on the first visit, use the site with no network, then update to a new build when it is back', async ({
	context,
	page,
}) => {
	test.setTimeout(240_000);
	const site = siteCopy();
	await site.start();
	try {
		// First visit: a module page. Its language is copied by itself; the offline page shows it.
		await page.goto(`${site.origin}${modulePage}`);
		await page.getByRole('contentinfo').getByRole('link', { name: en.offline.title }).click();
		await heading(page, en.offline.title);
		const english = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'English' }) });
		await expect(english.getByRole('status')).toContainText(/Kept on this device \(\d+(\.\d)? MB\)/, { timeout: 120_000 });
		await expect(english.getByRole('button', { name: 'Remove English from this device' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Keep French offline' })).toBeEnabled();

		// A page still loading when the worker first takes charge stays outside its care until it is
		// opened again (the rule of Clients.claim()), so with no network it could not fetch the offline
		// notice's code. This page was opened right after the first one; the visitor's next page is
		// in the worker's care, and this one is made so by opening it again.
		if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();

		// Offline: the server is gone and the browser knows it.
		await site.stop();
		await context.setOffline(true);
		await expect(page.getByRole('status').filter({ hasText: en.offline.offlineNow })).toBeVisible();

		// A page of a language not kept: the "Use offline" page says what is kept, not a browser error.
		await page.goto(`${site.origin}/it/agents/hold-done-right/`);
		await heading(page, en.offline.title);
		await expect(english.getByRole('status')).toContainText('Kept on this device');
		await page.goBack();

		// Three other pages, by their links.
		await page.getByRole('banner').getByRole('link', { name: en.nav.agents }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.getByRole('banner').getByRole('link', { name: en.nav.callers }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.getByRole('contentinfo').getByRole('link', { name: en.glossary.title }).click();
		await heading(page, en.glossary.title);

		// Search, with the index kept on the device. The shortcut is the header script's, which runs
		// once the page has loaded: the heading can show before it (a key pressed then is the browser's).
		await page.waitForLoadState('load');
		await page.keyboard.press('Control+k');
		const search = page.getByRole('dialog', { name: 'Search the site' });
		await expect(search.getByRole('searchbox')).toBeFocused();
		await page.keyboard.type('hold');
		await expect(search.locator('a[href="/en/agents/hold-done-right/"]')).toBeVisible();
		await page.keyboard.press('Escape');

		// A whole quiz, the first question missed.
		const quiz = loadQuiz('spot-the-bzzzt');
		const missed = quiz.questions[0]!;
		const s = quizStrings('en');
		await page.goto(`${site.origin}/en/quiz/${quiz.id}/`);
		for (const [index, question] of quiz.questions.entries()) {
			await answer(page, question, 'en', index !== 0);
			await press(page, page.getByRole('button', { name: s.check, exact: true }));
			const last = index === quiz.questions.length - 1;
			await press(page, page.getByRole('button', { name: last ? s.seeResults : s.next, exact: true }));
		}
		await expect(page.getByRole('heading', { name: s.resultsHeading })).toBeVisible();

		// The missed question is due in review, which works offline too.
		await page
			.getByRole('banner')
			.getByRole('link', { name: /^Review: 1 due$/ })
			.click();
		await expect(page.getByRole('heading', { level: 2, name: missed.prompt.en })).toBeVisible();
		await page.locator('body').press('Space');
		await expect(page.getByText(missed.explanation.en)).toBeVisible();
		await page.locator('body').press('4');
		await expect(page.getByRole('heading', { name: en.spaced.doneTitle })).toBeFocused();

		// A whole practice call.
		const scenario = shippedScenarios()[0]!;
		const persona = personaRuns(scenario)[0];
		const path = pathFor(scenario, 'best');
		await page.goto(`${site.origin}/en/practice/${scenario.id}/`);
		await startCall(page, en.roleplay, 'practice');
		const end = await playByKeyboard(page, scenario, path, en.roleplay, 'en', { persona });
		await expect(page.getByRole('heading', { name: en.roleplay.debrief })).toBeVisible();

		// Reload, still offline: the pages come back and so does the progress.
		await page.goto(`${site.origin}/en/quiz/${quiz.id}/`);
		await page.reload();
		await expect(page.getByRole('heading', { name: s.resultsHeading })).toBeVisible();
		// The result kept is the one with the missed question.
		await expect(page.getByText(/^You scored \d+%\.$/)).not.toHaveText(fill(s.scored, { percent: formatWholePercent('en', 100) }));
		await page.goto(`${site.origin}/en/practice/`);
		await page.reload();
		const expected = debrief(scenario, end, allowanceFor(allowances(scenario), persona));
		await expect(page.locator(`[data-scenario="${scenario.id}"]`)).toHaveText(
			fill(en.practice.best, { percent: formatPercent('en', expected.overall) }),
		);

		// Back online after a new deployment: the page says a new version is ready; reloading shows it.
		const marker = 'This practice list was updated.';
		deployNewBuild(site.root, '/en/practice/', marker);
		await site.start();
		await context.setOffline(false);
		await expect(page.getByRole('status').filter({ hasText: en.offline.offlineNow })).toHaveCount(0);
		const update = page.getByRole('status').filter({ hasText: en.offline.updateReady });
		await expect(update).toBeVisible({ timeout: 120_000 });
		// Until the visitor chooses, the page they are on stays as it was.
		await expect(page.getByText(marker)).toHaveCount(0);
		await update.getByRole('button', { name: en.offline.updateNow }).click();
		await expect(page.getByText(marker)).toBeVisible();
		await expect(page.locator(`[data-scenario="${scenario.id}"]`)).toHaveText(
			fill(en.practice.best, { percent: formatPercent('en', expected.overall) }),
		);
	} finally {
		await site.stop();
		site.remove();
	}
});

test('keep another language by keyboard with a progress bar, remove it, and see why a copy stops when the site is gone', async ({
	context,
	page,
}) => {
	test.setTimeout(180_000);
	const site = siteCopy();
	await site.start();
	try {
		await page.goto(`${site.origin}/en/offline/`);
		const english = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'English' }) });
		await expect(english.getByRole('status')).toContainText('Kept on this device', { timeout: 120_000 });
		await expectNoAxeViolations(page);

		// Whether a progress bar was ever shown, however short the copy.
		await page.evaluate(() => {
			new MutationObserver(() => {
				if (document.querySelector('progress')) document.body.dataset.sawProgress = 'yes';
			}).observe(document.body, { childList: true, subtree: true });
		});
		const keepFrench = page.getByRole('button', { name: 'Keep French offline' });
		await tabTo(page, keepFrench);
		await page.keyboard.press('Enter');
		const french = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Français' }) });
		await expect(french.getByRole('status')).toContainText(/Kept on this device \(\d+(\.\d)? MB\)/, { timeout: 120_000 });
		await expect(page.locator('body')).toHaveAttribute('data-saw-progress', 'yes');
		await expectNoAxeViolations(page);

		// Removing it leaves English as it was.
		await tabTo(page, french.getByRole('button', { name: 'Remove French from this device' }));
		await page.keyboard.press('Enter');
		await expect(french.getByRole('status')).toContainText(en.offline.notKept);
		await expect(english.getByRole('status')).toContainText('Kept on this device');

		// The site goes away while Italian would be copied: the page says why, in words.
		await site.stop();
		await context.setOffline(true);
		await page.getByRole('button', { name: 'Keep Italian offline' }).click();
		const italian = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Italiano' }) });
		await expect(italian.getByRole('status')).toContainText(en.offline.failed.network);
		await expect(italian.getByRole('button', { name: 'Keep Italian offline' })).toBeEnabled();
	} finally {
		await site.stop();
		site.remove();
	}
});
