import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readChecks, type CheckSource } from '../../../src/lib/practice/check-source';
import { locales } from '../../../src/lib/i18n/locales';

/**
 * Issue 14: every module practises as it teaches. Each has a worked dialogue and two checks, and
 * every agents and callers module a "say it better" drill, in all three languages; the checks are
 * the same in each language (review cards follow a check across languages), and no check gives
 * its answer away by length or by place.
 */
const root = 'src/content/modules';
const moduleKeys = readdirSync(`${root}/en`, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => file.replace(/\.mdx$/, ''))
	.sort();
const body = (locale: string, key: string) => readFileSync(`${root}/${locale}/${key}.mdx`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const count = (text: string, tag: string) => text.match(new RegExp(`<${tag}\\b`, 'g'))?.length ?? 0;
const checksOf = (locale: string, key: string) => readChecks(body(locale, key), `${root}/${locale}/${key}.mdx`);
const shape = (checks: CheckSource[]) =>
	checks.map((check) => ({ id: check.id, multiple: check.multiple, options: check.options.map(({ id, correct }) => ({ id, correct })) }));
const sayItBetterIds = (text: string) => [...text.matchAll(/<SayItBetter id="([^"]+)"/g)].map((match) => match[1]);

describe('module practice components', () => {
	it('finds the modules', () => {
		expect(moduleKeys.length).toBeGreaterThan(40);
	});

	for (const locale of locales) {
		it(`every ${locale} module has a dialogue and two checks; agents and callers modules a "say it better"`, () => {
			const missing = moduleKeys.flatMap((key) => {
				const text = body(locale, key);
				const problems: string[] = [];
				if (count(text, 'Dialogue') < 1) problems.push('no <Dialogue>');
				if (count(text, 'Check') < 2) problems.push(`${count(text, 'Check')} <Check> (two or more)`);
				if (/^(agents|callers)\//.test(key) && count(text, 'SayItBetter') < 1) problems.push('no <SayItBetter>');
				return problems.map((problem) => `${root}/${locale}/${key}.mdx: ${problem}`);
			});
			expect(missing).toEqual([]);
		});
	}

	it('each check has the same id, options and right answers in every language, and each drill the same id', () => {
		const drift = moduleKeys.flatMap((key) =>
			locales
				.filter((locale) => locale !== 'en')
				.flatMap((locale) => {
					const problems: string[] = [];
					if (JSON.stringify(shape(checksOf(locale, key))) !== JSON.stringify(shape(checksOf('en', key)))) {
						problems.push(`${root}/${locale}/${key}.mdx: its checks differ from the English ones (ids, options or right answers)`);
					}
					if (JSON.stringify(sayItBetterIds(body(locale, key))) !== JSON.stringify(sayItBetterIds(body('en', key)))) {
						problems.push(`${root}/${locale}/${key}.mdx: its <SayItBetter> ids differ from the English ones`);
					}
					return problems;
				}),
		);
		expect(drift).toEqual([]);
	});

	for (const locale of locales) {
		it(`every ${locale} check is a real choice: three or more options, a right and a wrong one, one right answer unless multiple`, () => {
			const problems = moduleKeys.flatMap((key) =>
				checksOf(locale, key).flatMap((check) => {
					const right = check.options.filter((option) => option.correct).length;
					const where = `${root}/${locale}/${key}.mdx <Check id="${check.id}">`;
					if (check.options.length < 3) return [`${where}: ${check.options.length} options (three or more)`];
					if (right === 0 || right === check.options.length) return [`${where}: needs right and wrong options`];
					if (!check.multiple && right !== 1) return [`${where}: ${right} right options in a single-choice check`];
					return [];
				}),
			);
			expect(problems).toEqual([]);
		});

		it(`no ${locale} check gives its answer away by length: a right option is at most 15 % longer than the longest wrong one`, () => {
			const problems = moduleKeys.flatMap((key) =>
				checksOf(locale, key).flatMap((check) => {
					const longestWrong = Math.max(...check.options.filter((option) => !option.correct).map((option) => option.text.length));
					return check.options
						.filter((option) => option.correct && option.text.length > longestWrong * 1.15)
						.map(
							(option) =>
								`${root}/${locale}/${key}.mdx <Check id="${check.id}"> option "${option.id}": ${option.text.length} characters, longest wrong ${longestWrong}`,
						);
				}),
			);
			expect(problems).toEqual([]);
		});

		it(`no ${locale} check gives its answer away by place: single-choice answers are first, middle and last, none in more than half`, () => {
			const places = moduleKeys.flatMap((key) =>
				checksOf(locale, key)
					.filter((check) => !check.multiple)
					.map((check) => {
						const index = check.options.findIndex((option) => option.correct);
						return index === 0 ? 'first' : index === check.options.length - 1 ? 'last' : 'middle';
					}),
			);
			const tally = { first: 0, middle: 0, last: 0 };
			for (const place of places) tally[place] += 1;
			for (const [place, times] of Object.entries(tally)) {
				expect(times, `right answers placed ${place}: ${JSON.stringify(tally)}`).toBeGreaterThan(0);
				expect(times, `right answers placed ${place}: ${JSON.stringify(tally)}`).toBeLessThanOrEqual(places.length / 2);
			}
		});
	}
});
