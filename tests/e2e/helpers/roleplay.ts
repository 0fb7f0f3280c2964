import { readdirSync, readFileSync } from 'node:fs';
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { extremePath, personaRuns } from '../../../src/lib/roleplay/analysis.ts';
import { allowances } from '../../../src/lib/roleplay/debrief.ts';
import { available, choose, start, type StartOptions } from '../../../src/lib/roleplay/engine.ts';
import type { Scenario } from '../../../src/lib/roleplay/schema.ts';
import type { RoleplayStrings } from '../../../src/lib/i18n/catalogue/index.ts';
import type { CallState } from '../../../src/lib/roleplay/types.ts';
import { ScenarioFileSchema } from '../../../src/lib/roleplay/validate.ts';

/** Every shipped scenario, validated as the build does. */
export function shippedScenarios(): Scenario[] {
	return readdirSync('src/content/scenarios')
		.filter((file) => /^[^_].*\.yaml$/.test(file))
		.map((file) => ScenarioFileSchema.parse(parse(readFileSync(`src/content/scenarios/${file}`, 'utf8'))));
}

/** The best or worst call of a scenario for a persona (the first when absent), from the engine. */
export function pathFor(scenario: Scenario, goal: 'best' | 'worst', persona?: string): string[] {
	const who = persona ?? personaRuns(scenario)[0];
	const allowance = allowances(scenario)[who ?? 'default']!;
	return extremePath(scenario, allowance.bounds, goal, who ? { persona: who } : {});
}

/** Where a call is: the page, or a frame of it (an LMS package runs in one). */
type Scope = Page | FrameLocator;

/** The texts of the replies on screen, in the order shown. */
export async function shownReplies(scope: Scope, strings: RoleplayStrings): Promise<string[]> {
	return scope.getByRole('group', { name: strings.yourTurn }).locator('.say').allInnerTexts();
}

/**
 * Plays `path` as a person would, in whatever order the replies are shown: finds each reply by
 * its words and presses its number key (Enter on a focused reply beyond the fourth), checking at
 * each turn that the screen offers exactly the replies the engine offers.
 */
export async function playByKeyboard(
	page: Page,
	scenario: Scenario,
	path: readonly string[],
	strings: RoleplayStrings,
	lang: 'en' | 'fr' | 'it' = 'en',
	options: StartOptions = {},
	from?: CallState,
	scope: Scope = page,
): Promise<CallState> {
	let state = from ?? start(scenario, options);
	for (const choiceId of path) {
		const options = available(scenario, state);
		const wanted = options.find((o) => o.id === choiceId);
		expect(wanted, `choice ${choiceId}`).toBeDefined();
		const group = scope.getByRole('group', { name: strings.yourTurn });
		await expect(group.getByRole('button')).toHaveCount(options.length);
		const texts = await shownReplies(scope, strings);
		expect([...texts].sort()).toEqual(options.map((o) => o.say[lang]).sort());
		const index = texts.indexOf(wanted!.say[lang]);
		if (index < 4) {
			await group.getByRole('button').first().focus();
			await page.keyboard.press(String(index + 1));
		} else {
			await group.getByRole('button').nth(index).focus();
			await page.keyboard.press('Enter');
		}
		state = choose(scenario, state, choiceId);
		await expect(scope.getByRole('log', { name: strings.transcript })).toContainText(wanted!.say[lang]);
	}
	return state;
}

/** Starts a call from the setup form with the keyboard, in a mode and (optionally) with a persona. */
export async function startCall(
	page: Page,
	strings: RoleplayStrings,
	mode: 'practice' | 'assessment',
	personaLabel?: string,
	scope: Scope = page,
) {
	await scope.getByRole('radio', { name: new RegExp(mode === 'practice' ? strings.modePractice : strings.modeAssessment) }).check();
	if (personaLabel) await scope.getByRole('radio', { name: new RegExp(personaLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).check();
	await expect(scope.getByRole('button', { name: strings.startCall })).toBeEnabled();
	await scope.getByRole('button', { name: strings.startCall }).focus();
	await page.keyboard.press('Enter');
	await expect(scope.getByRole('log', { name: strings.transcript })).toBeVisible();
}
