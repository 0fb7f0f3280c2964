import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { analyse, extremePath } from '../../src/lib/roleplay/analysis.ts';
import { debrief } from '../../src/lib/roleplay/debrief.ts';
import { available, replay, start } from '../../src/lib/roleplay/engine.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, formatClock, formatPercent } from '../../src/lib/i18n/format.ts';
import { meterBand, shownMeters } from '../../src/lib/roleplay/meters.ts';
import { playByKeyboard, shippedScenarios } from './helpers/roleplay.ts';

const strings = catalogues.en.roleplay;
const scenarios = shippedScenarios();

for (const scenario of scenarios) {
	const { bounds } = analyse(scenario);
	for (const goal of ['best', 'worst'] as const) {
		test(`${scenario.id}: the ${goal} call, by keyboard, gets the engine's debrief`, async ({ page }) => {
			const path = extremePath(scenario, bounds, goal);
			const expected = debrief(scenario, replay(scenario, path), { bounds });
			await page.goto(`/en/practice/${scenario.id}/`);
			await page.getByRole('radio', { name: new RegExp(strings.modeAssessment) }).check();
			await expect(page.getByRole('button', { name: strings.startCall })).toBeEnabled();
			await page.getByRole('button', { name: strings.startCall }).focus();
			await page.keyboard.press('Enter');
			const state = await playByKeyboard(page, scenario, path, strings);
			expect(state.ended).toBe(expected.outcome);

			const report = page.getByRole('region', { name: strings.debrief });
			await expect(page.getByRole('heading', { name: strings.debrief })).toBeFocused();
			await expect(report).toContainText(strings.endings[expected.outcome]);
			for (const dimension of scenario.dimensions) {
				const score = fill(strings.score, {
					dimension: strings.dimensions[dimension],
					percent: formatPercent('en', expected.shares[dimension]),
				});
				await expect(report.getByText(score)).toBeVisible();
			}
			await expect(report.getByText(fill(strings.overall, { percent: formatPercent('en', expected.overall) }))).toBeVisible();
			if (expected.pivotal.length === 0) {
				await expect(report).toContainText(strings.noPivotal);
			} else {
				await expect(report.getByRole('heading', { name: strings.pivotal }).locator('+ ol > li')).toHaveCount(expected.pivotal.length);
			}
			await expect(report.getByRole('status')).toHaveText(strings.saved);
		});
	}
}

test('a call in practice mode shows feedback after each choice; replay starts over; axe is clean throughout', async ({ page }) => {
	const scenario = scenarios[0]!;
	await page.goto(`/en/practice/${scenario.id}/`);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: strings.startCall }).click();
	await expectNoAxeViolations(page);
	const first = available(scenario, start(scenario))[0]!;
	await page.getByRole('group', { name: strings.yourTurn }).getByRole('button').first().click();
	await expect(page.getByRole('log')).toContainText(first.feedback.en);
	const { bounds } = analyse(scenario);
	const rest = extremePath(scenario, bounds, 'best');
	// Finish the call along the best path from the start (a fresh call, via replay below).
	await page.goto(`/en/practice/${scenario.id}/`);
	await page.getByRole('button', { name: strings.startCall }).click();
	await playByKeyboard(page, scenario, rest, strings);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: strings.replay }).click();
	await expect(page.getByRole('log').getByRole('listitem')).toHaveCount(1);
	await expect(page.getByRole('group', { name: strings.yourTurn })).toBeVisible();
});

test('number keys do nothing while focus is outside the call screen', async ({ page }) => {
	const scenario = scenarios[0]!;
	await page.goto(`/en/practice/${scenario.id}/`);
	await page.getByRole('button', { name: strings.startCall }).click();
	await page.getByRole('link', { name: 'Skip to content' }).focus();
	await page.keyboard.press('1');
	await expect(page.getByRole('log').getByRole('listitem')).toHaveCount(1);
});

test('the practice list shows the best result after a call, in another language too', async ({ page }) => {
	const scenario = scenarios[0]!;
	const { bounds } = analyse(scenario);
	const path = extremePath(scenario, bounds, 'best');
	await page.goto(`/fr/practice/${scenario.id}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const fr = catalogues.fr.roleplay;
	await page.getByRole('button', { name: fr.startCall }).click();
	let state = start(scenario);
	// French punctuation and words come from the catalogue: « Durée de l’appel : 0:00 », meter words agreeing with their noun.
	await expect(page.getByText(fill(fr.callTimer, { time: formatClock(state.seconds) }))).toBeVisible();
	for (const meter of shownMeters(scenario.side)) {
		const reading = fill(fr.meterReading, {
			meter: fr.meters[meter].name,
			level: fr.meters[meter].levels[meterBand(state.meters[meter])],
			value: state.meters[meter],
		});
		// Accessible names carry plain spaces where the text has no-break ones.
		await expect(page.getByRole('meter', { name: reading.replace(/\s+/g, ' ') })).toBeVisible();
	}
	for (const id of path) {
		const index = available(scenario, state).findIndex((o) => o.id === id);
		await page.getByRole('group', { name: catalogues.fr.roleplay.yourTurn }).getByRole('button').nth(index).click();
		state = replay(scenario, [...state.path.map((s) => s.choice), id]);
	}
	await expect(page.getByRole('heading', { name: catalogues.fr.roleplay.debrief })).toBeVisible();
	const expected = debrief(scenario, state, { bounds });
	await page.goto('/it/practice/');
	await expect(page.locator(`[data-scenario="${scenario.id}"]`)).toHaveText(
		fill(catalogues.it.practice.best, { percent: formatPercent('it', expected.overall) }),
	);
});

test('a scenario page carries only its own language', async ({ page }) => {
	for (const scenario of scenarios) {
		await page.goto(`/it/practice/${scenario.id}/`);
		const props = (await page.locator('astro-island').getAttribute('props')) ?? '';
		// The island's data is JSON: compare JSON-escaped text.
		const json = (text: string) => JSON.stringify(text).slice(1, -1);
		expect(props).toContain(json(scenario.brief.it));
		expect(props).not.toContain(json(scenario.brief.en));
		expect(props).not.toContain(json(scenario.brief.fr));
	}
});
