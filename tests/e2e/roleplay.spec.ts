import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { personaRuns } from '../../src/lib/roleplay/analysis.ts';
import { allowanceFor, allowances, debrief, replyJudge } from '../../src/lib/roleplay/debrief.ts';
import { available, betweenCalls, replay, start } from '../../src/lib/roleplay/engine.ts';
import { retell } from '../../src/lib/roleplay/turns.ts';
import { verdictOf } from '../../src/lib/roleplay/view.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, formatClock, formatPercent } from '../../src/lib/i18n/format.ts';
import { meterBand, shownMeters } from '../../src/lib/roleplay/meters.ts';
import type { Scenario } from '../../src/lib/roleplay/schema.ts';
import { pathFor, playByKeyboard, shippedScenarios, shownReplies, startCall } from './helpers/roleplay.ts';

const strings = catalogues.en.roleplay;
const scenarios = shippedScenarios();
const EPSILON = 1e-9;

/** Checks the debrief on screen against the engine's, for the call `choices` made with `persona`. */
async function expectDebrief(page: import('@playwright/test').Page, scenario: Scenario, choices: string[], persona?: string) {
	const all = allowances(scenario);
	const state = replay(scenario, choices, { persona });
	const expected = debrief(scenario, state, allowanceFor(all, persona));
	const report = page.getByRole('region', { name: strings.debrief });
	await expect(page.getByRole('heading', { name: strings.debrief })).toBeFocused();
	await expect(report.locator('dd').first()).toHaveText(strings.endings[expected.outcome]);
	for (const dimension of scenario.dimensions) {
		const score = fill(strings.score, {
			dimension: strings.dimensions[dimension],
			percent: formatPercent('en', expected.shares[dimension]),
		});
		await expect(report.getByText(score, { exact: true })).toBeVisible();
	}
	await expect(report.getByText(fill(strings.overall, { percent: formatPercent('en', expected.overall) }))).toBeVisible();
	await expect(report.getByText(fill(strings.bestAllowed, { percent: formatPercent('en', expected.bestOverall) }))).toBeVisible();
	if (expected.costly.length > 0) {
		await expect(report.getByRole('heading', { name: strings.costly }).locator('+ ol > li')).toHaveCount(expected.costly.length);
		// Never "no costly turns" next to a score below the best this scenario allows.
		await expect(report).not.toContainText(strings.noCostly);
	} else if (expected.overall >= expected.bestOverall - EPSILON) {
		await expect(report).toContainText(strings.noCostly);
	} else {
		await expect(report).toContainText(strings.closedEarlier);
	}
	return { expected, report };
}

for (const scenario of scenarios) {
	for (const goal of ['best', 'worst'] as const) {
		test(`${scenario.id}: the ${goal} call, by keyboard in the order shown, gets the engine's debrief`, async ({ page }) => {
			const path = pathFor(scenario, goal);
			await page.goto(`/en/practice/${scenario.id}/`);
			await startCall(page, strings, 'assessment');
			const state = await playByKeyboard(page, scenario, path, strings, 'en', { persona: personaRuns(scenario)[0] });
			const { report } = await expectDebrief(page, scenario, path, state.persona);
			await expect(report.getByRole('status')).toHaveText(strings.saved);
		});
	}
	const second = scenario.personas?.[1];
	if (second) {
		test(`${scenario.id}: the other persona (${second.id}) has its own caller and best call`, async ({ page }) => {
			const path = pathFor(scenario, 'best', second.id);
			await page.goto(`/en/practice/${scenario.id}/`);
			await startCall(page, strings, 'practice', second.label.en);
			await expect(page.getByTestId('call-panel')).toContainText(second.contact.en);
			await playByKeyboard(page, scenario, path, strings, 'en', { persona: second.id });
			await expectDebrief(page, scenario, path, second.id);
		});
	}
}

test('practice mode: each reply gets a verdict in words, what moved is said, and axe is clean before, during and after', async ({
	page,
}) => {
	const scenario = scenarios.find((s) => s.record) ?? scenarios[0]!;
	const persona = personaRuns(scenario)[0];
	const judge = replyJudge(scenario, allowanceFor(allowances(scenario), persona));
	await page.goto(`/en/practice/${scenario.id}/`);
	await expectNoAxeViolations(page);
	await startCall(page, strings, 'practice');
	await expectNoAxeViolations(page);
	// The worst-looking reply first: its feedback must say so in words, not only by colour.
	const worst = pathFor(scenario, 'worst');
	let state = start(scenario, { persona });
	const first = available(scenario, state).find((c) => c.id === worst[0])!;
	const standing = judge(state, first.id);
	const verdict = verdictOf(
		standing.value,
		standing.offered.map((o) => o.value),
		standing.onBestCall,
	);
	state = await playByKeyboard(page, scenario, [first.id], strings, 'en', { persona });
	const feedback = page.getByRole('log').locator('.entry.feedback').last();
	await expect(feedback).toContainText(strings.verdicts[verdict]);
	await expect(feedback).toContainText(first.feedback.en);
	await expect(feedback).toHaveClass(new RegExp(verdict));
	const moved = shownMeters(scenario).some((m) => state.meters[m] !== start(scenario, { persona }).meters[m]);
	await expect(page.getByRole('status', { name: strings.whatMoved })).toHaveText(moved ? /\S/ : strings.nothingMoved);
	await expectNoAxeViolations(page);
	await playByKeyboard(page, scenario, worst.slice(1), strings, 'en', { persona }, state);
	await expect(page.getByRole('heading', { name: strings.debrief })).toBeFocused();
	await expect(page.getByRole('heading', { name: strings.map.title })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('try this turn again: the call replays to that turn and takes a different reply', async ({ page }) => {
	const scenario = scenarios.find(
		(s) => debrief(s, replay(s, pathFor(s, 'worst')), allowances(s)[personaRuns(s)[0] ?? 'default']!).costly.length > 0,
	)!;
	const persona = personaRuns(scenario)[0];
	const path = pathFor(scenario, 'worst');
	const result = debrief(scenario, replay(scenario, path, { persona }), allowanceFor(allowances(scenario), persona));
	const turn = result.costly[0]!;
	await page.goto(`/en/practice/${scenario.id}/`);
	await startCall(page, strings, 'assessment');
	await playByKeyboard(page, scenario, path, strings, 'en', { persona });
	await page
		.getByRole('region', { name: strings.debrief })
		.getByRole('button', { name: fill(strings.tryAgainTurn, { number: turn.step + 1 }) })
		.first()
		.click();
	// Back at that turn: the replies before it are in the transcript, the ones after it are not.
	const log = page.getByRole('log', { name: strings.transcript });
	await expect(log.locator('.entry.you')).toHaveCount(turn.step);
	await expect(page.getByText(strings.tryAgainPractice)).toBeVisible();
	const before = replay(scenario, path.slice(0, turn.step), { persona });
	const after = await playByKeyboard(page, scenario, [turn.better], strings, 'en', { persona }, before);
	expect(after.path.at(-1)?.choice).toBe(turn.better);
});

test('the map of the call shows the path taken, the best call, and a list to read instead', async ({ page }) => {
	// A call with a locked reply on its path, so the map has a reason to show.
	const candidates = scenarios.flatMap((s) =>
		(['worst', 'best'] as const).map((goal) => ({ scenario: s, path: pathFor(s, goal), persona: personaRuns(s)[0] })),
	);
	const pick =
		candidates.find(({ scenario, path, persona }) =>
			retell(scenario, path, { persona }).turns.some((t) => t.locked.some((l) => l.reasons.some((r) => 'limit' in r))),
		) ?? candidates[0]!;
	const { scenario, path, persona } = pick;
	await page.goto(`/en/practice/${scenario.id}/`);
	await startCall(page, strings, 'practice');
	await playByKeyboard(page, scenario, path, strings, 'en', { persona });
	const map = page.getByRole('region', { name: strings.map.title });
	await expect(map.getByRole('img', { name: strings.map.title })).toBeVisible();
	await expect(map.locator('path.reply[data-kind="taken"]')).toHaveCount(path.length);
	await expect(map.getByRole('heading', { name: strings.map.yourCall }).locator('+ ol > li')).toHaveCount(path.length);
	const best = pathFor(scenario, 'best');
	await expect(map.getByRole('heading', { name: strings.map.bestCall }).locator('+ ol > li')).toHaveCount(best.length);
	const told = retell(scenario, path, { persona });
	const locked = told.turns.flatMap((t) => t.locked.map((l) => ({ node: t.node, ...l })))[0];
	if (locked) {
		const reply = scenario.nodes[locked.node]!.choices!.find((c) => c.id === locked.choice)!;
		await expect(map).toContainText(reply.say.en);
	}
});

test('a call in progress survives a reload: resume it in the same order, or start again', async ({ page }) => {
	const scenario = scenarios[0]!;
	const persona = personaRuns(scenario)[0];
	const path = pathFor(scenario, 'best');
	await page.goto(`/en/practice/${scenario.id}/`);
	await startCall(page, strings, 'practice');
	const state = await playByKeyboard(page, scenario, path.slice(0, 2), strings, 'en', { persona });
	const order = await shownReplies(page, strings);
	await page.reload();
	await expect(page.getByText(strings.resumeTitle)).toBeVisible();
	await page.getByRole('button', { name: strings.resume }).click();
	const log = page.getByRole('log', { name: strings.transcript });
	for (const step of state.path) {
		await expect(log).toContainText(scenario.nodes[step.node]!.choices!.find((c) => c.id === step.choice)!.say.en);
	}
	expect(await shownReplies(page, strings)).toEqual(order);
	await playByKeyboard(page, scenario, path.slice(2), strings, 'en', { persona }, state);
	await expect(page.getByRole('heading', { name: strings.debrief })).toBeFocused();
	// Once the call has ended there is nothing to resume.
	await page.reload();
	await expect(page.getByText(strings.resumeTitle)).toHaveCount(0);

	await startCall(page, strings, 'practice');
	await playByKeyboard(page, scenario, path.slice(0, 1), strings, 'en', { persona });
	await page.reload();
	await page.getByRole('button', { name: strings.startAgain }).click();
	await expect(page.getByText(strings.resumeTitle)).toHaveCount(0);
	await expect(page.getByRole('button', { name: strings.startCall })).toBeVisible();
});

test('a damaged saved call is reported and dropped, never a blank page', async ({ page }) => {
	const scenario = scenarios[0]!;
	await page.goto(`/en/practice/${scenario.id}/`);
	// Once the island has read the session (and found nothing), plant the damaged call for the reload.
	await expect(page.getByRole('button', { name: strings.startCall })).toBeEnabled();
	await page.evaluate(
		(id) => sessionStorage.setItem(`both-ends:call:${id}`, '{"scenario":"x","choices":["<img src=x onerror=alert(1)>"]}'),
		scenario.id,
	);
	await page.reload();
	await expect(page.getByText(strings.savedCallUnusable)).toBeVisible();
	await startCall(page, strings, 'practice');
	await expect(page.getByRole('group', { name: strings.yourTurn })).toBeVisible();
});

test('on a 360 px phone the visible meters stay on screen while choosing; replies are full width, tags above the words', async ({
	page,
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const scenario = scenarios.find((s) => s.record) ?? scenarios[0]!;
	const persona = personaRuns(scenario)[0];
	const path = pathFor(scenario, 'best');
	await page.goto(`/en/practice/${scenario.id}/`);
	await startCall(page, strings, 'practice');
	let state = start(scenario, { persona });
	for (const choiceId of path.slice(0, 4)) {
		const group = page.getByRole('group', { name: strings.yourTurn });
		const buttons = group.getByRole('button');
		await buttons.last().scrollIntoViewIfNeeded();
		for (const meter of await page.getByRole('meter').all()) {
			const box = (await meter.boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height).toBeLessThanOrEqual(740);
		}
		const groupBox = (await group.boundingBox())!;
		for (const button of await buttons.all()) {
			const box = (await button.boundingBox())!;
			expect(box.width).toBeGreaterThan(groupBox.width * 0.85);
			const tag = button.locator('.action');
			if ((await tag.count()) > 0) {
				const tagBox = (await tag.boundingBox())!;
				const sayBox = (await button.locator('.say').boundingBox())!;
				expect(tagBox.y + tagBox.height).toBeLessThanOrEqual(sayBox.y + 1);
			}
		}
		state = await playByKeyboard(page, scenario, [choiceId], strings, 'en', { persona }, state);
		if (state.ended) break;
	}
});

const shift = scenarios.find((s) => Object.values(s.nodes).filter((n) => n.call).length >= 2);
test('a shift: between calls the header says so, every caller rings, and the debrief reports each call', async ({ page }) => {
	expect(shift, 'a shipped scenario is a shift of several calls').toBeDefined();
	const scenario = shift!;
	const path = pathFor(scenario, 'worst');
	await page.goto(`/en/practice/${scenario.id}/`);
	await startCall(page, strings, 'practice');
	let state = start(scenario);
	for (const id of path) {
		await expect(page.getByTestId('call-panel')).toContainText(
			betweenCalls(state) ? strings.betweenCalls : strings.callWith.split('{')[0]!,
		);
		state = await playByKeyboard(page, scenario, [id], strings, 'en', {}, state);
	}
	const calls = Object.values(scenario.nodes).filter((n) => n.call).length;
	expect(state.calls.length).toBeGreaterThanOrEqual(Math.min(calls, 2));
	const table = page.getByRole('region', { name: strings.debrief }).getByRole('table');
	await expect(table.locator('tbody tr')).toHaveCount(state.calls.length);
	await expect(page.getByText(strings.stressCurve)).toBeVisible();
});

test('number keys do nothing while focus is outside the call screen', async ({ page }) => {
	const scenario = scenarios[0]!;
	await page.goto(`/en/practice/${scenario.id}/`);
	await startCall(page, strings, 'practice');
	const lines = await page.getByRole('log').getByRole('listitem').count();
	await page.getByRole('link', { name: 'Skip to content' }).focus();
	await page.keyboard.press('1');
	await expect(page.getByRole('log').getByRole('listitem')).toHaveCount(lines);
});

test('the practice list shows the best result after a call, in another language too', async ({ page }) => {
	const scenario = scenarios[0]!;
	const persona = personaRuns(scenario)[0];
	const path = pathFor(scenario, 'best');
	await page.goto(`/fr/practice/${scenario.id}/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const fr = catalogues.fr.roleplay;
	await startCall(page, fr, 'practice');
	const state = start(scenario, { persona });
	// French punctuation and words come from the catalogue: « Durée de l’appel : 0:00 », meter words agreeing with their noun.
	await expect(page.getByText(fill(fr.callTimer, { time: formatClock(state.seconds) }))).toBeVisible();
	for (const meter of shownMeters(scenario)) {
		const name = scenario.side === 'caller' ? fr.callerSideMeters[meter] : fr.meters[meter].name;
		const reading = fill(fr.meterReading, {
			meter: name,
			level: fr.meters[meter].levels[meterBand(state.meters[meter])],
			value: state.meters[meter],
		});
		// Accessible names carry plain spaces where the text has no-break ones.
		await expect(page.getByRole('meter', { name: reading.replace(/\s+/g, ' ') })).toBeVisible();
	}
	const end = await playByKeyboard(page, scenario, path, fr, 'fr', { persona });
	await expect(page.getByRole('heading', { name: fr.debrief })).toBeVisible();
	const expected = debrief(scenario, end, allowanceFor(allowances(scenario), persona));
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
