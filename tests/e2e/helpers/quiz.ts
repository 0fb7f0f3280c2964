import { readFileSync } from 'node:fs';
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { fill } from '../../../src/lib/i18n/format.ts';
import type { Locale } from '../../../src/lib/i18n/locales.ts';
import type { Question, Quiz } from '../../../src/lib/quiz/schema.ts';
import { QuizFileSchema } from '../../../src/lib/quiz/validate.ts';
import { quizStrings } from './quiz-strings.ts';

/** A shipped quiz by id, validated as the build does: right answers come from its file, never from a test. */
export function loadQuiz(id: string): Quiz {
	return QuizFileSchema.parse(parse(readFileSync(`src/content/quizzes/${id}.yaml`, 'utf8')));
}

// --- Keyboard only: Tab to things, arrows in radio groups and selects, Space and Enter. ---------

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab until `target` (or, with `within`, anything inside it) has focus. */
export async function tabTo(page: Page, target: Locator, within = false) {
	await expect(target).toBeAttached();
	for (let i = 0; i < 200; i += 1) {
		const there = within ? await target.evaluate((el) => el.contains(document.activeElement)) : await isFocused(target);
		if (there) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

export async function press(page: Page, button: Locator) {
	await tabTo(page, button);
	await page.keyboard.press('Enter');
}

/** Tabs into a radio group, then arrows to `target` (arrows select as they move). */
export async function chooseRadio(page: Page, group: Locator, target: Locator) {
	await tabTo(page, group, true);
	for (let i = 0; i < 12; i += 1) {
		if (await isFocused(target)) {
			if (!(await target.isChecked())) await page.keyboard.press('Space');
			await expect(target).toBeChecked();
			return;
		}
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`Arrows never reached ${target}`);
}

export async function tick(page: Page, box: Locator) {
	await tabTo(page, box);
	await page.keyboard.press('Space');
	await expect(box).toBeChecked();
}

/** Focuses a select and arrows through its options until `label` is chosen. */
export async function chooseOption(page: Page, select: Locator, label: string) {
	await tabTo(page, select);
	for (let i = 0; i < 12; i += 1) {
		if ((await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '')) === label) return;
		await page.keyboard.press('ArrowDown');
	}
	throw new Error(`No option "${label}" in ${select}`);
}

/** Where a quiz is: the page, or a frame of it (an LMS package runs in one). */
type Scope = Page | FrameLocator;

/** Sorts an order question with its Move up buttons, announcing each move. */
export async function putInOrder(page: Page, group: Locator, items: string[], locale: Locale, scope: Scope = page) {
	const s = quizStrings(locale);
	for (let target = 0; target < items.length; target += 1) {
		const text = items[target] as string;
		const current = await group.locator('li .step').allTextContents();
		const moves = current.indexOf(text) - target;
		if (moves <= 0) continue;
		const up = group.getByRole('button', {
			name: spaces(fill(s.moveUpItem, { item: text })),
			exact: true,
		});
		const down = group.getByRole('button', {
			name: spaces(fill(s.moveDownItem, { item: text })),
			exact: true,
		});
		await tabTo(page, up);
		for (let m = 0; m < moves; m += 1) {
			await page.keyboard.press('Enter');
			// Focus stays with the moved item: on Move up, or on Move down once it reached the top.
			await expect(m === moves - 1 && target === 0 ? down : up).toBeFocused();
		}
		await expect(scope.getByRole('status').filter({ hasText: text })).toHaveText(
			fill(s.moved, { item: text, position: target + 1, total: items.length }),
		);
	}
	await expect(group.locator('li .step')).toHaveText(items);
}

/** Answers `question` by keyboard, right or (deliberately) wrong; in `scope` when it is in a frame. */
export async function answer(page: Page, question: Question, locale: Locale, right: boolean, scope: Scope = page) {
	const s = quizStrings(locale);
	const group = scope.getByRole('group', { name: spaces(question.prompt[locale]), exact: true });
	await expect(group).toBeVisible();
	const radio = (name: string) => group.getByRole('radio', { name: spaces(name), exact: true });
	switch (question.type) {
		case 'single': {
			const option = question.options.find((o) => (o.correct === true) === right);
			await chooseRadio(page, group, radio(option!.text[locale]));
			break;
		}
		case 'best': {
			const option = question.options.find((o) => (right ? o.credit === 1 : o.credit === 0));
			await chooseRadio(page, group, radio(option!.text[locale]));
			break;
		}
		case 'truefalse':
			await chooseRadio(page, group, radio(question.answer === right ? s.true : s.false));
			break;
		case 'multiple': {
			const picks = right ? question.options.filter((o) => o.correct) : question.options.filter((o) => !o.correct).slice(0, 1);
			for (const option of picks) {
				await tick(page, group.getByRole('checkbox', { name: spaces(option.text[locale]), exact: true }));
			}
			break;
		}
		case 'spot': {
			const picks = right ? question.lines.filter((l) => l.mistake) : question.lines.filter((l) => !l.mistake).slice(0, 1);
			for (const line of picks) {
				// The speaker's label carries its own colon, spaced as the language spaces it.
				const name = spaces(`${s.speakers[line.speaker]} ${line.text[locale]}`);
				await tick(page, group.getByRole('checkbox', { name, exact: true }));
			}
			break;
		}
		case 'order':
			// Wrong: leave the shuffled start, which is never the right order.
			if (right)
				await putInOrder(
					page,
					group,
					question.items.map((i) => i.text[locale]),
					locale,
					scope,
				);
			else await expect(group.locator('li .step')).not.toHaveText(question.items.map((i) => i.text[locale]));
			break;
		case 'match':
			for (const [index, pair] of question.pairs.entries()) {
				const chosen = right ? pair : question.pairs[(index + 1) % question.pairs.length]!;
				const select = group.getByRole('combobox', {
					name: spaces(pair.left[locale]),
					exact: true,
				});
				await chooseOption(page, select, chosen.right[locale]);
			}
			break;
	}
}

export async function sayHowSure(page: Page, locale: Locale, sure: boolean) {
	const s = quizStrings(locale);
	const group = page.getByRole('group', { name: `${s.sureLegend} ${s.sureOptional}` });
	await chooseRadio(page, group, group.getByRole('radio', { name: sure ? s.sure : s.unsure, exact: true }));
}

/** Accessible names have plain spaces where the text has non-breaking ones (French « … »). */
export const spaces = (text: string) => text.replace(/\s+/g, ' ');
