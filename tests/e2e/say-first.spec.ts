import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill } from '../../src/lib/i18n/format.ts';
import { WeakPhrasesSchema } from '../../src/lib/practice/weak-phrases-schema.ts';
import { personaRuns } from '../../src/lib/roleplay/analysis.ts';
import { allowanceFor, allowances } from '../../src/lib/roleplay/debrief.ts';
import { available, betweenCalls, choose, replay, start } from '../../src/lib/roleplay/engine.ts';
import { ownWordsTurns } from '../../src/lib/roleplay/own-words.ts';
import type { Scenario } from '../../src/lib/roleplay/schema.ts';
import type { CallState } from '../../src/lib/roleplay/types.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { pathFor, shippedScenarios, shownReplies } from './helpers/roleplay.ts';

const strings = catalogues.en.roleplay;
const s = strings.sayFirst;
const phrases = WeakPhrasesSchema.parse(parse(readFileSync('src/content/weak-phrases.yaml', 'utf8'))).phrases.map((entry) => ({
	id: entry.id,
	...entry.en,
}));
const calmDown = phrases.find((phrase) => phrase.id === 'calm-down')!;

/** A single call (no shift) whose worst call has a turn where a better reply was on offer: its debrief has both kinds of turn. */
const scenario: Scenario = shippedScenarios().find((candidate) => {
	const persona = personaRuns(candidate)[0];
	if (persona !== undefined || Object.values(candidate.nodes).some((node) => node.call)) return false;
	const path = pathFor(candidate, 'worst');
	const state = replay(candidate, path);
	const turns = ownWordsTurns(candidate, state, allowanceFor(allowances(candidate), undefined), path.map(String), phrases);
	return turns.some((turn) => turn.best !== turn.chosen) && turns.length >= 3;
})!;

/** What the learner writes first at each turn: a known weak phrase at the first, their own words after. */
const ownWordsAt = (step: number) => (step === 0 ? 'Please calm down, I will look into it.' : `My own answer at turn ${step + 1}.`);

async function startSayFirstCall(page: Page) {
	await page.goto(`/en/practice/${scenario.id}/`);
	await page.getByRole('radio', { name: new RegExp(strings.modePractice) }).check();
	await page.getByRole('checkbox', { name: new RegExp(s.option) }).focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('checkbox', { name: new RegExp(s.option) })).toBeChecked();
	await expect(page.getByRole('button', { name: strings.startCall })).toBeEnabled();
	await page.getByRole('button', { name: strings.startCall }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('log', { name: strings.transcript })).toBeVisible();
}

/** One turn as a person plays it: the answer first (typed, then Ctrl+Enter), then the reply by its number key. */
async function playTurn(page: Page, state: CallState, choiceId: string): Promise<CallState> {
	const step = state.path.length;
	const box = page.getByRole('textbox', { name: s.prompt });
	await expect(box).toBeFocused();
	// The replies wait for the answer: none is on screen, and number keys pick nothing.
	await expect(page.getByRole('group', { name: strings.yourTurn })).toHaveCount(0);
	await page.keyboard.type(ownWordsAt(step));
	await page.keyboard.press('Control+Enter');
	const group = page.getByRole('group', { name: strings.yourTurn });
	await expect(group).toContainText(`${s.yours} “${ownWordsAt(step)}”`);
	await expect(group.getByRole('button').first()).toBeFocused();
	const wanted = available(scenario, state).find((option) => option.id === choiceId)!;
	const index = (await shownReplies(page, strings)).indexOf(wanted.say.en);
	expect(index).toBeGreaterThanOrEqual(0);
	if (index < 4) await page.keyboard.press(String(index + 1));
	else {
		await group.getByRole('button').nth(index).focus();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('log', { name: strings.transcript })).toContainText(wanted.say.en);
	return choose(scenario, state, choiceId);
}

test('say it first: answers typed before each turn’s replies, kept through a reload, come back beside the best reply with the phrase lint’s notes', async ({
	page,
}) => {
	const path = pathFor(scenario, 'worst');
	await startSayFirstCall(page);
	await expect(page.getByText(s.privacy)).toBeVisible();

	// An empty answer is refused with a message, and number keys outside the box pick nothing.
	await page.getByRole('button', { name: s.show, exact: true }).focus();
	await page.keyboard.press('1');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: s.empty })).toBeVisible();
	await expect(page.getByRole('group', { name: strings.yourTurn })).toHaveCount(0);
	await expectNoAxeViolations(page);

	let state = start(scenario);
	state = await playTurn(page, state, path[0]!);
	// A reload mid-call resumes it with the words already written.
	await page.reload();
	await page.getByRole('button', { name: strings.resume }).click();
	for (const choiceId of path.slice(1)) {
		expect(betweenCalls(state)).toBe(false);
		state = await playTurn(page, state, choiceId);
	}

	const report = page.getByRole('region', { name: s.debriefTitle });
	await expect(report).toBeVisible();
	const expected = ownWordsTurns(
		scenario,
		state,
		allowanceFor(allowances(scenario), undefined),
		path.map((_, i) => ownWordsAt(i)),
		phrases,
	);
	const turnItems = report.locator(':scope > ol > li');
	await expect(turnItems).toHaveCount(expected.length);
	await expect(turnItems.first()).toContainText(fill(strings.turnNumber, { number: 1 }));
	await expect(turnItems.first()).toContainText(`${s.saidFirst} “${ownWordsAt(0)}”`);
	await expect(turnItems.first()).toContainText(`“calm down” ${calmDown.why}`);
	for (const [i, turn] of expected.entries()) {
		const item = turnItems.nth(i);
		await expect(item).toContainText(ownWordsAt(turn.step));
		if (turn.best === turn.chosen) await expect(item).toContainText(s.choseBest);
		else {
			const best = scenario.nodes[turn.node]!.choices!.find((choice) => choice.id === turn.best)!;
			await expect(item).toContainText(`${s.best} ${best.say.en}`);
		}
	}
	await expect(report.getByText(s.clean).first()).toBeVisible();
	await expectNoAxeViolations(page);
});

/**
 * A stand-in for the Web Speech API, run in the page before its scripts: recognition on the device
 * that hears `words`, one whose language pack must be downloaded first, or only a server's.
 */
type SpeechKind = 'on-device' | 'downloadable' | 'server-only';
const speechStub = ({ kind, words }: { kind: SpeechKind; words: string }) => {
	const w = window as unknown as Record<string, unknown>;
	const heard: { processLocally: boolean; lang: string }[] = [];
	w.__heard = heard;
	let installed = kind === 'on-device';
	class Recognition {
		lang = '';
		processLocally = false;
		interimResults = false;
		continuous = false;
		onresult: ((event: unknown) => void) | null = null;
		onerror: ((event: unknown) => void) | null = null;
		onend: (() => void) | null = null;
		start() {
			heard.push({ processLocally: this.processLocally, lang: this.lang });
			setTimeout(() => {
				this.onresult?.({ results: [Object.assign([{ transcript: words }], { isFinal: true })] });
				this.onend?.();
			}, 50);
		}
		stop() {}
		abort() {}
		static async available(options: { processLocally?: boolean }) {
			return options.processLocally ? (installed ? 'available' : kind === 'downloadable' ? 'downloadable' : 'unavailable') : 'available';
		}
		static async install() {
			installed = true;
			return true;
		}
	}
	if (kind === 'server-only') {
		delete w.SpeechRecognition;
		w.webkitSpeechRecognition = function () {};
	} else w.SpeechRecognition = Recognition;
};

test('say it first, spoken: the device’s own recognition fills the answer, asked to stay on the device', async ({ page }) => {
	const words = 'I can hear how annoying this has been.';
	await page.addInitScript(speechStub, { kind: 'on-device' as SpeechKind, words });
	await startSayFirstCall(page);
	await page.getByRole('button', { name: s.speak }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('textbox', { name: s.prompt })).toHaveValue(words);
	await expect(page.getByRole('status').filter({ hasText: s.heard })).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard)).toEqual([
		expect.objectContaining({ processLocally: true, lang: expect.stringMatching(/^en/) }),
	]);
	await page.keyboard.press('Control+Enter');
	await expect(page.getByRole('group', { name: strings.yourTurn })).toContainText(`${s.yours} “${words}”`);
});

test('say it first without on-device recognition: no microphone at all, or a download the learner asks for', async ({ page }) => {
	await page.addInitScript(speechStub, { kind: 'server-only' as SpeechKind, words: '' });
	await startSayFirstCall(page);
	await expect(page.getByText(s.unavailable)).toBeVisible();
	await expect(page.getByRole('button', { name: s.speak })).toHaveCount(0);

	const other = await page.context().newPage();
	await other.addInitScript(speechStub, { kind: 'downloadable' as SpeechKind, words: 'Thank you for waiting.' });
	await startSayFirstCall(other);
	await expect(other.getByRole('button', { name: s.speak })).toHaveCount(0);
	await other.getByRole('button', { name: s.install }).click();
	await expect(other.getByRole('status').filter({ hasText: s.installed })).toBeVisible();
	await other.getByRole('button', { name: s.speak }).click();
	await expect(other.getByRole('textbox', { name: s.prompt })).toHaveValue('Thank you for waiting.');
});
