import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { blockStorage, storedRecord } from './helpers/storage.ts';
import { CHECK_IN_LIMITS, PREP_SHEET_LIMITS } from '../../src/lib/progress/schema.ts';
import { PREP_FIELDS } from '../../src/lib/tools/prep-sheet.ts';
import { parse } from 'yaml';
import type { ToolPageData } from '../../src/lib/content/tool-schema.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, plural } from '../../src/lib/i18n/format.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { toolIds, type ToolId } from '../../src/lib/tools/registry.ts';

const s = catalogues.en.tools;
const prep = s.prepSheet;
const reset = s.reset;
const checkIn = s.checkIn;
const storageNotice = catalogues.en.progress.storageNotice;

/** A tool page's frontmatter, as the site renders it: `src/content/tools/<lang>/<id>.md`. */
const toolPage = (lang: Locale, id: ToolId) =>
	parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`src/content/tools/${lang}/${id}.md`, 'utf8'))?.[1] ?? '') as ToolPageData;
const goodThing = (n: number) => fill(checkIn.goodLabel, { n });
const weightOption = (weight: 1 | 2 | 3 | 4 | 5) => fill(checkIn.weightOption, { weight, word: checkIn.weights[weight] });
const secondsLeft = (seconds: number) => fill(reset.secondsLeft, { seconds });

/** Text of about `length` characters made of real words, so lines wrap as they would for a person. */
const words = (length: number) =>
	'The internet connection drops every evening around eight and comes back an hour later; '
		.repeat(Math.ceil(length / 80))
		.slice(0, length)
		.trimEnd();

/**
 * Animations and transitions anywhere on the page that last long enough to be seen. The site's
 * reduced-motion rule shortens every CSS transition to 0.01 ms; those may still be listed while
 * the test's clock is paused, but they are not motion.
 */
const visibleAnimations = () =>
	document
		.getAnimations()
		.filter((animation) => Number(animation.effect?.getComputedTiming().duration ?? 0) > 1)
		.map((animation) => (animation.effect as KeyframeEffect | null)?.target?.outerHTML.slice(0, 80) ?? 'unknown');

/** How many pages a PDF from Chromium has. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

const sheetValues = {
	company: 'Lumen Telecom, 0800 123 456',
	account: 'LT-4471-002',
	problem: 'The internet drops every evening. It started on 3 November.',
	tried: 'Restarted the router twice; called on 10 and 14 November (refs 88121, 88340).',
	want: 'A technician visit, and a credit for the days without service.',
	callback: 'Weekdays after 5 pm',
};

test.describe('call-prep sheet', () => {
	test('what I type is saved, survives a reload, and prints as the sheet alone', async ({ page }) => {
		await page.goto('/en/tools/prep-sheet/');
		await expect(page.getByRole('textbox', { name: prep.labels.company })).toBeEnabled();
		for (const field of PREP_FIELDS) await page.getByRole('textbox', { name: prep.labels[field] }).fill(sheetValues[field]);
		await expect(page.getByRole('status').filter({ hasText: prep.saved })).toBeVisible();

		await page.reload();
		for (const field of PREP_FIELDS) {
			await expect(page.getByRole('textbox', { name: prep.labels[field] })).toHaveValue(sheetValues[field]);
		}
		const sheet = page.getByRole('region', { name: prep.sheetTitle });
		for (const field of PREP_FIELDS) await expect(sheet.locator(`[data-field="${field}"]`)).toHaveText(sheetValues[field]);
		await expectNoAxeViolations(page);

		// On screen: site chrome and the form; in print: only the sheet.
		const header = page.locator('header.site-header');
		const footer = page.locator('footer.site-footer');
		const form = page.locator('form.prep-form');
		await expect(header).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(header).toBeHidden();
		await expect(page.locator('nav[aria-label="Main"]')).toBeHidden();
		await expect(footer).toBeHidden();
		await expect(form).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
		await expect(page.getByRole('button', { name: prep.print })).toBeHidden();
		await expect(sheet).toBeVisible();
		for (const field of PREP_FIELDS) {
			await expect(sheet.getByText(prep.labels[field], { exact: true })).toBeVisible();
			await expect(sheet.locator(`[data-field="${field}"]`)).toHaveText(sheetValues[field]);
		}
		const log = sheet.getByRole('table', { name: prep.logTitle });
		await expect(log.getByRole('columnheader')).toHaveText(Object.values(prep.logColumns));
		await expect(log.locator('tbody tr')).toHaveCount(6);
	});

	test('a sheet filled to every limit prints on one A4 page and one Letter page', async ({ page }) => {
		await page.goto('/en/tools/prep-sheet/');
		await expect(page.getByRole('textbox', { name: prep.labels.company })).toBeEnabled();
		for (const field of PREP_FIELDS) {
			const box = page.getByRole('textbox', { name: prep.labels[field] });
			await box.fill(words(PREP_SHEET_LIMITS[field] + 50));
			// The form keeps typing within what the device stores.
			expect((await box.inputValue()).length).toBeLessThanOrEqual(PREP_SHEET_LIMITS[field]);
		}
		for (const format of ['A4', 'Letter'] as const) {
			expect(pdfPages(await page.pdf({ format })), format).toBe(1);
		}
		// The empty sheet (handwriting lines, no text) also fits.
		await page.getByRole('button', { name: prep.clear }).click();
		await page.getByRole('button', { name: prep.clearYes }).click();
		await expect(page.getByRole('status').filter({ hasText: prep.cleared })).toBeVisible();
		await expect(page.getByRole('textbox', { name: prep.labels.company })).toBeFocused();
		await expect(page.getByRole('textbox', { name: prep.labels.problem })).toHaveValue('');
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
		await page.reload();
		await expect(page.getByRole('textbox', { name: prep.labels.company })).toHaveValue('');
	});
});

test.describe('60-second reset with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('the words follow the phases, only phase changes are announced, no animation runs, and Stop stops', async ({ page }) => {
		await page.clock.install({ time: new Date('2026-11-22T09:00:00') });
		await page.goto('/en/tools/reset/');
		const start = page.getByRole('button', { name: reset.start, exact: true });
		await expect(start).toBeEnabled();
		await page.clock.pauseAt(new Date('2026-11-22T09:05:00'));

		const live = page.getByRole('status');
		const countdown = page.getByText(new RegExp(`^${secondsLeft(99).replace('99', '\\d+')}$`));
		await expect(live).toHaveText(reset.ready);
		await expect(live).toHaveAttribute('aria-live', 'polite');
		await expect(countdown).toHaveText(secondsLeft(60));

		// Cyclic sighing is the default; start from the keyboard.
		await expect(page.getByRole('radio', { name: new RegExp(reset.patterns.sighing.name) })).toBeChecked();
		await start.focus();
		await page.keyboard.press('Enter');
		await expect(live).toHaveText(reset.phases.in);
		await expect(page.getByRole('radio', { name: new RegExp(reset.patterns.box.name) })).toBeDisabled();

		// Count what the live region says over one 10-second sigh, while the countdown ticks every second.
		await live.evaluate((element) => {
			const w = window as unknown as { liveChanges: string[] };
			w.liveChanges = [];
			new MutationObserver(() => w.liveChanges.push(element.textContent ?? '')).observe(element, {
				subtree: true,
				childList: true,
				characterData: true,
			});
		});
		await page.clock.runFor(3100);
		await expect(live).toHaveText(reset.phases['top-up']);
		await page.clock.runFor(1000);
		await expect(live).toHaveText(reset.phases.out);
		await expect(countdown).toHaveText(secondsLeft(56));
		await page.clock.runFor(6000);
		await expect(live).toHaveText(reset.phases.in);
		await expect(countdown).toHaveText(secondsLeft(50));
		expect(await page.evaluate(() => (window as unknown as { liveChanges: string[] }).liveChanges)).toEqual([
			reset.phases['top-up'],
			reset.phases.out,
			reset.phases.in,
		]);

		// Reduced motion: the circle is not shown and nothing animates; the text carries the exercise.
		const circle = page.locator('.reset .circle');
		await expect(circle).toBeHidden();
		expect(await circle.evaluate((element) => element.getAnimations().length)).toBe(0);
		expect(await page.evaluate(visibleAnimations)).toEqual([]);

		const stop = page.getByRole('button', { name: reset.stop, exact: true });
		await expect(stop).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(live).toHaveText(reset.stopped);
		await expect(countdown).toHaveText(secondsLeft(60));
		await page.clock.runFor(15_000);
		await expect(live).toHaveText(reset.stopped);
		await expect(countdown).toHaveText(secondsLeft(60));

		// Box breathing, run to the end of the minute.
		await page.getByRole('radio', { name: new RegExp(reset.patterns.box.name) }).check();
		await page.getByRole('button', { name: reset.startAgain }).click();
		await expect(live).toHaveText(reset.phases.in);
		await page.clock.runFor(4100);
		await expect(live).toHaveText(reset.phases.hold);
		await page.clock.runFor(56_000);
		await expect(live).toHaveText(reset.done);
		await expect(countdown).toHaveText(secondsLeft(60));
		await expect(page.getByRole('button', { name: reset.startAgain })).toBeVisible();
		expect(await circle.evaluate((element) => element.getAnimations().length)).toBe(0);
		expect(await page.evaluate(visibleAnimations)).toEqual([]);
		// axe waits on timers of its own: let time run again.
		await page.clock.resume();
		await expectNoAxeViolations(page);
	});
});

test.describe('60-second reset where motion is welcome', () => {
	test.use({ reducedMotion: 'no-preference' });

	test('the circle shows and moves with the breath', async ({ page }) => {
		await page.goto('/en/tools/reset/');
		const start = page.getByRole('button', { name: reset.start, exact: true });
		await expect(start).toBeEnabled();
		const circle = page.locator('.reset .circle');
		await expect(circle).toBeVisible();
		await start.click();
		await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
		await page.getByRole('button', { name: reset.stop, exact: true }).click();
	});
});

test.describe('shift check-in', () => {
	test('add two check-ins, export them, delete them all; nothing leaves the device', async ({ page, baseURL }) => {
		const offSite: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(baseURL!)) offSite.push(request.url());
		});
		await page.goto('/en/tools/check-in/');
		await expect(page.getByText(checkIn.privacy)).toBeVisible();
		await expect(page.getByText(checkIn.empty)).toBeVisible();
		const save = page.getByRole('button', { name: checkIn.save });
		await expect(save).toBeEnabled();

		// Without a weight, the form says what is missing and goes there.
		await page.getByRole('textbox', { name: goodThing(1) }).fill('a caller laughed');
		await save.click();
		await expect(page.getByRole('alert')).toHaveText(checkIn.noWeight);
		await expect(page.getByRole('radio', { name: weightOption(1) })).toBeFocused();

		await page.getByRole('radio', { name: weightOption(2) }).check();
		await page.getByRole('textbox', { name: goodThing(2) }).fill('fixed a router on the first call');
		await save.click();
		await expect(page.getByRole('status').filter({ hasText: plural('en', checkIn.saved, 1) })).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.getByRole('textbox', { name: goodThing(1) })).toHaveValue('');

		await page.getByRole('radio', { name: weightOption(4), exact: true }).check();
		for (const [n, text] of ['lunch outside', 'a thank-you email', 'Sam covered my break'].entries()) {
			await page.getByRole('textbox', { name: goodThing(n + 1) }).fill(text);
		}
		await page.getByRole('textbox', { name: checkIn.note }).fill('Outage all afternoon.');
		await save.click();
		await expect(page.getByRole('status').filter({ hasText: plural('en', checkIn.saved, 2) })).toBeVisible();

		// Newest first, with the date and the weight in words.
		const past = page.getByRole('region', { name: checkIn.listTitle });
		const items = past.locator('ol.history > li');
		await expect(items).toHaveCount(2);
		await expect(items.nth(0)).toContainText(fill(checkIn.weightOf, { word: checkIn.weights[4], weight: 4 }));
		await expect(items.nth(1)).toContainText(fill(checkIn.weightOf, { word: checkIn.weights[2], weight: 2 }));
		await expect(items.nth(0).locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
		await items.nth(0).getByText(checkIn.details).click();
		await expect(items.nth(0).getByText('Sam covered my break')).toBeVisible();

		await page.reload();
		await expect(items).toHaveCount(2);
		await expectNoAxeViolations(page);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: checkIn.exportButton }).click();
		const file = await download;
		expect(file.suggestedFilename()).toMatch(/^shift-check-ins-\d{4}-\d\d-\d\d\.txt$/);
		const text = readFileSync(await file.path(), 'utf8');
		expect(text).toContain(fill(checkIn.exportWeight, { weight: 4, word: checkIn.weights[4] }));
		expect(text).toContain(fill(checkIn.exportWeight, { weight: 2, word: checkIn.weights[2] }));
		expect(text.indexOf('4/5')).toBeLessThan(text.indexOf('2/5'));
		for (const thing of [
			'fixed a router on the first call',
			'lunch outside',
			'a thank-you email',
			'Sam covered my break',
			fill(checkIn.exportNote, { note: 'Outage all afternoon.' }),
		]) {
			expect(text).toContain(thing);
		}

		// Delete all takes a confirmation; cancel first, then confirm.
		await page.getByRole('button', { name: checkIn.deleteButton }).click();
		const question = plural('en', checkIn.deleteConfirm, 2);
		const confirm = page.getByRole('group', { name: question });
		await expect(confirm.getByText(question)).toBeFocused();
		await confirm.getByRole('button', { name: checkIn.cancel }).click();
		await expect(confirm).toHaveCount(0);
		await expect(items).toHaveCount(2);
		await expect(page.getByRole('button', { name: checkIn.deleteButton })).toBeFocused();

		await page.getByRole('button', { name: checkIn.deleteButton }).click();
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: checkIn.deleteYes }).click();
		await expect(page.getByRole('status').filter({ hasText: checkIn.deleted })).toBeVisible();
		await expect(page.getByRole('heading', { name: checkIn.listTitle })).toBeFocused();
		await expect(page.getByText(checkIn.empty)).toBeVisible();
		await page.reload();
		await expect(page.getByText(checkIn.empty)).toBeVisible();
		expect((await storedRecord(page)).checkIns).toBeUndefined();
		expect(offSite).toEqual([]);
	});

	test('the note and good things keep to the stored bounds', async ({ page }) => {
		await page.goto('/en/tools/check-in/');
		const note = page.getByRole('textbox', { name: checkIn.note });
		await expect(note).toBeEnabled();
		await note.fill('n'.repeat(CHECK_IN_LIMITS.note + 20));
		expect((await note.inputValue()).length).toBe(CHECK_IN_LIMITS.note);
	});
});

test('every tool page and the tools list: one link each, sources with their language, no axe violations, in every language', async ({
	page,
}) => {
	test.setTimeout(180_000); // twelve pages, each checked by axe in light and dark mode
	for (const lang of ['en', 'fr', 'it'] as const) {
		const strings = catalogues[lang].tools;
		await page.goto(`/${lang}/tools/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings.indexTitle);
		for (const id of toolIds)
			await expect(page.getByRole('link', { name: toolPage(lang, id).title })).toHaveAttribute('href', `/${lang}/tools/${id}/`);
		await expect(page.getByRole('contentinfo').getByRole('link', { name: strings.indexTitle })).toBeVisible();
		await expectNoAxeViolations(page);
		for (const id of toolIds) {
			const data = toolPage(lang, id);
			await page.goto(`/${lang}/tools/${id}/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title);
			// The intro links its facts to the sources listed below it.
			const cited = page.locator('main .prose p a[href^="http"]');
			await expect(cited.first()).toBeVisible();
			const sources = page.getByRole('region', { name: catalogues[lang].module.sources });
			for (const source of data.sources) {
				const link = sources.getByRole('link', { name: source.title });
				await expect(link).toHaveAttribute('href', source.url);
				// A title in another language than the page's says so (WCAG 3.1.2).
				if (source.lang && source.lang !== lang) await expect(link).toHaveAttribute('lang', source.lang);
				else await expect(link).not.toHaveAttribute('lang', /./);
			}
			await expect(page.locator('astro-island')).toHaveCount(1);
			await expectNoAxeViolations(page);
		}
	}
});

test('the sources page lists what the tools cite, with the tool that cites it', async ({ page }) => {
	const data = toolPage('fr', 'reset');
	await page.goto('/fr/sources/');
	for (const source of data.sources) {
		const entry = page.locator('ol.sources > li', { has: page.locator(`a[href="${source.url}"]`) }).first();
		await expect(entry.getByRole('link', { name: data.title })).toHaveAttribute('href', '/fr/tools/reset/');
	}
	// English titles on the French page carry their own language (WCAG 3.1.2).
	await expect(page.locator('ol.sources > li > a[lang="en"]').first()).toBeVisible();
	await expect(page.locator('ol.sources > li > a[lang="fr"]')).toHaveCount(0);
	// A source someone has checked says when, in the page's language, as a machine-readable day.
	const checked = page.locator('ol.sources > li > time[datetime]').first();
	await expect(checked).toHaveText(/vérifiée le \d{1,2} \S+ \d{4}/);
	await expect(checked).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	await expectNoAxeViolations(page);
});

test('search finds the tools under the Tool type, with their track', async ({ page }) => {
	await page.goto('/en/search/?q=breathing&type=tool');
	await expect(page.getByRole('combobox', { name: 'Type' })).toHaveValue('tool');
	const reset = page.getByRole('link', { name: toolPage('en', 'reset').title });
	await expect(reset).toHaveAttribute('href', '/en/tools/reset/');
	const metas = await page.locator('.results .meta').allTextContents();
	expect(metas.length).toBeGreaterThan(0);
	for (const meta of metas) expect(meta).toContain('Tool');
	await expect(page.locator('.results li', { has: reset }).locator('.meta')).toContainText('Wellbeing');
	await page.goto('/fr/search/?q=fiche&type=tool');
	await expect(page.getByRole('link', { name: toolPage('fr', 'prep-sheet').title })).toHaveAttribute('href', '/fr/tools/prep-sheet/');
});

test('when storage is blocked, the tools still work for this visit and say so', async ({ browser }) => {
	const context = await browser.newContext();
	await blockStorage(context);
	const page = await context.newPage();
	await page.goto('/en/tools/check-in/');
	await expect(page.getByRole('alert')).toContainText(storageNotice.memoryOnly);
	await page.getByRole('radio', { name: weightOption(3) }).check();
	await page.getByRole('button', { name: checkIn.save }).click();
	await expect(page.getByRole('region', { name: checkIn.listTitle }).locator('ol.history > li')).toHaveCount(1);

	await page.goto('/en/tools/prep-sheet/');
	await expect(page.getByRole('alert')).toContainText(storageNotice.memoryOnly);
	await page.getByRole('textbox', { name: prep.labels.company }).fill('Lumen Telecom');
	await expect(page.getByRole('status')).toHaveText(prep.keptForNow);
	await expect(page.getByRole('region', { name: prep.sheetTitle }).locator('[data-field="company"]')).toHaveText('Lumen Telecom');
	await context.close();
});
