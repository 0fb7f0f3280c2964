import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { locales } from '../../src/lib/i18n/locales.ts';
import { WeakPhrasesSchema } from '../../src/lib/practice/weak-phrases-schema.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { chooseRadio, press, tabTo } from './helpers/quiz.ts';

/** Tabs to a checkbox and sets it with Space. */
async function setBox(page: Page, box: Locator, checked: boolean) {
	await tabTo(page, box);
	if ((await box.isChecked()) !== checked) await page.keyboard.press('Space');
	await expect(box).toBeChecked({ checked });
}

/** The `<Check>`s of a module file, with their options as written: the test follows the content. */
function checksOf(file: string) {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/<Check id="([^"]+)" prompt="([^"]+)"( multiple)?>([\s\S]*?)<\/Check>/g)].map((match) => ({
		id: match[1]!,
		prompt: match[2]!,
		multiple: Boolean(match[3]),
		options: [...match[4]!.matchAll(/<Option id="([^"]+)"( correct)? feedback="([^"]+)">([^<]+)<\/Option>/g)].map((option) => ({
			id: option[1]!,
			correct: Boolean(option[2]),
			feedback: option[3]!,
			text: option[4]!.trim(),
		})),
	}));
}

for (const locale of locales) {
	test(`a check inside a module is answered in place by keyboard, wrong then right (${locale})`, async ({ page }) => {
		const s = catalogues[locale].module;
		const checks = checksOf(`src/content/modules/${locale}/agents/identity-checks.mdx`);
		expect(checks.length).toBeGreaterThanOrEqual(2);
		await page.goto(`/${locale}/agents/identity-checks/`);
		for (const check of checks) {
			const group = page.getByRole('group', { name: check.prompt });
			const form = page.locator('form.check').filter({ has: group });
			const status = form.getByRole('status');
			// Nothing chosen: it asks for an answer.
			await press(page, form.getByRole('button', { name: s.checkButton }));
			await expect(status).toHaveText(s.checkChoose);
			// A wrong option: "not quite", with that option's feedback and the right one's.
			const wrong = check.options.find((option) => !option.correct)!;
			const right = check.options.filter((option) => option.correct);
			if (check.multiple) await setBox(page, group.getByRole('checkbox', { name: wrong.text }), true);
			else await chooseRadio(page, group, group.getByRole('radio', { name: wrong.text }));
			await press(page, form.getByRole('button', { name: s.checkButton }));
			await expect(status).toHaveText(s.checkWrong);
			await expect(form.getByText(wrong.feedback)).toBeVisible();
			for (const option of right) await expect(form.getByText(option.feedback)).toBeVisible();
			// Then the right answer: "right".
			if (check.multiple) {
				await setBox(page, group.getByRole('checkbox', { name: wrong.text }), false);
				for (const option of right) await setBox(page, group.getByRole('checkbox', { name: option.text }), true);
			} else {
				await chooseRadio(page, group, group.getByRole('radio', { name: right[0]!.text }));
			}
			await press(page, form.getByRole('button', { name: s.checkButton }));
			await expect(status).toHaveText(s.checkRight);
		}
		await expectNoAxeViolations(page);
	});
}

test('a worked example reads as a transcript: each line with its speaker, in order', async ({ page }) => {
	const s = catalogues.fr.module;
	await page.goto('/fr/agents/identity-checks/');
	const dialogue = page.getByRole('figure', { name: s.dialogue });
	const lines = dialogue.getByRole('listitem');
	const written = [
		...readFileSync('src/content/modules/fr/agents/identity-checks.mdx', 'utf8').matchAll(
			/<Line who="[a-z]+"(?: name="([^"]+)")?>([^<]+)<\/Line>/g,
		),
	];
	await expect(lines).toHaveCount(written.length);
	for (const [index, line] of written.entries()) await expect(lines.nth(index)).toContainText(line[2]!.trim());
});

/**
 * The device's speech, replaced before the page loads: `voices` as the device would list them;
 * what is spoken and stopped is recorded on `window.speech`.
 */
async function fakeSpeech(page: Page, voices: { name: string; lang: string; localService: boolean }[]) {
	await page.addInitScript((listed) => {
		const speech = { spoken: [] as { text: string; voice: string; lang: string }[], cancelled: 0 };
		Object.assign(window, { speech });
		class Utterance extends EventTarget {
			voice?: { name: string };
			lang = '';
			pitch = 1;
			text: string;
			constructor(text: string) {
				super();
				this.text = text;
			}
		}
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
		Object.defineProperty(window, 'speechSynthesis', {
			configurable: true,
			value: {
				getVoices: () => listed.map((voice, index) => ({ ...voice, default: index === 0 })),
				speak: (utterance: Utterance) =>
					speech.spoken.push({ text: utterance.text, voice: utterance.voice?.name ?? '', lang: utterance.lang }),
				cancel: () => (speech.cancelled += 1),
				addEventListener: () => undefined,
			},
		});
	}, voices);
}

test('a worked example is read aloud with the device’s own voice, line by line, and stops on request', async ({ page }) => {
	const s = catalogues.fr.module;
	await fakeSpeech(page, [
		{ name: 'Voix en ligne', lang: 'fr-FR', localService: false },
		{ name: 'Thomas', lang: 'fr-FR', localService: true },
	]);
	await page.goto('/fr/agents/identity-checks/');
	const dialogue = page.getByRole('figure', { name: s.dialogue });
	const lines = await dialogue.getByRole('listitem').evaluateAll((items) =>
		items.map((item) =>
			[...item.childNodes]
				.filter((node) => !(node instanceof HTMLElement && node.classList.contains('speaker')))
				.map((node) => node.textContent)
				.join('')
				.trim(),
		),
	);
	await press(page, dialogue.getByRole('button', { name: s.readAloud }));
	await expect(dialogue.getByRole('button', { name: s.readStop })).toBeFocused();
	const spoken = await page.evaluate(
		() => (window as unknown as { speech: { spoken: { text: string; voice: string; lang: string }[] } }).speech.spoken,
	);
	expect(spoken.map((line) => line.text)).toEqual(lines);
	// Only the voice on the device: the online one would send the words away.
	expect(new Set(spoken.map((line) => `${line.voice} ${line.lang}`))).toEqual(new Set(['Thomas fr-FR']));
	await page.keyboard.press('Enter');
	await expect(dialogue.getByRole('button', { name: s.readAloud })).toBeFocused();
	await expectNoAxeViolations(page);
});

test('with no voice of its own for the language, the page says so and the transcript stays', async ({ page }) => {
	const s = catalogues.it.module;
	await fakeSpeech(page, [{ name: 'Voce online', lang: 'it-IT', localService: false }]);
	await page.goto('/it/agents/identity-checks/');
	const dialogue = page.getByRole('figure', { name: s.dialogue });
	await press(page, dialogue.getByRole('button', { name: s.readAloud }));
	await expect(dialogue.getByRole('status')).toHaveText(s.readNoVoice);
	expect(await page.evaluate(() => (window as unknown as { speech: { spoken: unknown[] } }).speech.spoken)).toEqual([]);
});

/** The shipped phrase list, as the lint reads it. */
const weakPhrases = WeakPhrasesSchema.parse(parse(readFileSync('src/content/weak-phrases.yaml', 'utf8'))).phrases;

for (const locale of locales) {
	test(`“say it better” flags the weak phrase in what the learner typed, then shows the models (${locale})`, async ({ page }) => {
		const s = catalogues[locale].module;
		const calmDown = weakPhrases.find((phrase) => phrase.id === 'calm-down')![locale];
		await page.goto(`/${locale}/agents/angry-caller/`);
		const section = page.getByRole('region', { name: s.sayLabel });
		const yours = section.getByRole('textbox', { name: s.sayYours });
		// Nothing written: it asks for a version first.
		await press(page, section.getByRole('button', { name: s.sayCompare }));
		await expect(section.getByRole('status')).toHaveText(s.sayEmpty);
		await expect(yours).toBeFocused();
		const typed = `${calmDown.variants[0]}, je vous en prie.`.replace(/^./, (first) => first.toUpperCase());
		await page.keyboard.type(typed);
		await press(page, section.getByRole('button', { name: s.sayCompare }));
		const found = s.sayQuote.replace('{text}', typed.slice(0, calmDown.variants[0]!.length));
		await expect(section.getByRole('status')).toHaveText(s.sayFound.replace('{phrases}', found));
		await expect(section.getByText(calmDown.why)).toBeVisible();
		await expect(section.getByRole('heading', { name: s.sayModels })).toBeVisible();
		await expect(section.getByRole('group', { name: s.sayRate }).getByRole('radio')).toHaveCount(3);
		await expectNoAxeViolations(page);
	});
}
