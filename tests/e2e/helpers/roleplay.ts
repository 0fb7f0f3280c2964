import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { available, replay, start } from '../../../src/lib/roleplay/engine.ts';
import type { Scenario } from '../../../src/lib/roleplay/schema.ts';
import type { RoleplayStrings } from '../../../src/lib/i18n/catalogue/index.ts';
import { ScenarioFileSchema } from '../../../src/lib/roleplay/validate.ts';

/** Every shipped scenario, validated as the build does. */
export function shippedScenarios(): Scenario[] {
	return readdirSync('src/content/scenarios')
		.filter((file) => /^[^_].*\.yaml$/.test(file))
		.map((file) => ScenarioFileSchema.parse(parse(readFileSync(`src/content/scenarios/${file}`, 'utf8'))));
}

/**
 * Plays `path` with number keys (Enter on a focused reply beyond the fourth), checking at each
 * turn that the screen offers exactly the replies the engine offers.
 */
export async function playByKeyboard(
	page: Page,
	scenario: Scenario,
	path: string[],
	strings: RoleplayStrings,
	lang: 'en' | 'fr' | 'it' = 'en',
) {
	let state = start(scenario);
	for (const choiceId of path) {
		const options = available(scenario, state);
		const index = options.findIndex((o) => o.id === choiceId);
		expect(index, `choice ${choiceId}`).toBeGreaterThanOrEqual(0);
		const choices = page.getByRole('group', { name: strings.yourTurn }).getByRole('button');
		await expect(choices).toHaveCount(options.length);
		if (index < 4) {
			await choices.first().focus();
			await page.keyboard.press(String(index + 1));
		} else {
			await choices.nth(index).focus();
			await page.keyboard.press('Enter');
		}
		state = replay(scenario, [...state.path.map((s) => s.choice), choiceId]);
		if (!state.ended) {
			await expect(page.getByRole('log', { name: strings.transcript })).toContainText(options[index]!.say[lang]);
		}
	}
	return state;
}
