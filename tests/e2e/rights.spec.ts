import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, formatDate } from '../../src/lib/i18n/format.ts';
import { locales, type Locale } from '../../src/lib/i18n/locales.ts';
import { rightsCountries, RightsCountrySchema, rightsTopics, type RightsTopic } from '../../src/lib/rights/schema.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { chooseRadio, press, spaces } from './helpers/quiz.ts';

/** A country's answers, read from its file as the build reads it: expectations come from the content. */
const country = (id: string) => RightsCountrySchema.parse(parse(readFileSync(`src/content/rights/${id}.yaml`, 'utf8')));
const answerOf = (id: string, topic: RightsTopic) => country(id).answers.find((answer) => answer.topic === topic)!;

/** Picks a country and a question with the keyboard (Tab into each group, arrows), then asks. */
async function ask(page: Page, locale: Locale, countryId: string, topic: RightsTopic) {
	const s = catalogues[locale].rights;
	const countryGroup = page.getByRole('group', { name: s.countryLegend });
	await chooseRadio(page, countryGroup, countryGroup.getByRole('radio', { name: country(countryId).name[locale], exact: true }));
	const topicGroup = page.getByRole('group', { name: s.topicLegend });
	await chooseRadio(page, topicGroup, topicGroup.getByRole('radio', { name: s.topics[topic], exact: true }));
	await press(page, page.getByRole('button', { name: s.show }));
}

test('Italy → complain shows the ladder from the complaint through conciliation to GU14, with its time limits', async ({ page }) => {
	const locale = 'en';
	const s = catalogues[locale].rights;
	await page.goto(`/${locale}/rights/`);
	await expect(page.getByRole('status')).toHaveText(s.choose);
	await ask(page, locale, 'italy', 'complain');

	const answer = page.getByRole('article', { name: s.topics.complain });
	await expect(answer).toBeVisible();
	await expect(page.getByRole('heading', { name: s.topics.complain })).toBeFocused();
	await expect(page.getByRole('status')).toHaveText(fill(s.showing, { country: country('italy').name.en, topic: s.topics.complain }));
	await expect(page).toHaveURL(/#italy-complain$/);

	const expected = answerOf('italy', 'complain');
	const steps = answer.getByRole('list').first().getByRole('listitem');
	await expect(steps).toHaveCount(expected.steps.length);
	const shown = (await steps.allTextContents()).map(spaces);
	expected.steps.forEach((step, index) => expect(shown[index]).toContain(spaces(step.text.en)));
	// The ladder: the complaint, then conciliation, then the binding GU14 decision, in that order.
	const at = (pattern: RegExp) => shown.findIndex((text) => pattern.test(text));
	expect(at(/complain/i)).toBeGreaterThanOrEqual(0);
	expect(at(/concilia/i)).toBeGreaterThan(at(/complain/i));
	expect(at(/GU14/)).toBeGreaterThan(at(/concilia/i));
	// Each step with a time limit says it.
	const limits = expected.steps.filter((step) => step.deadline);
	expect(limits.length).toBeGreaterThan(0);
	for (const step of limits) await expect(answer).toContainText(spaces(step.deadline!.en));
	await expect(answer.getByText(fill(s.checked, { date: formatDate(locale, expected.checked) }), { exact: true })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('UK → stop cold calls names the Telephone Preference Service and links to it', async ({ page }) => {
	const locale = 'en';
	const s = catalogues[locale].rights;
	await page.goto(`/${locale}/rights/`);
	await ask(page, locale, 'uk', 'stop-cold-calls');
	const answer = page.getByRole('article', { name: s.topics['stop-cold-calls'] });
	const tps = answerOf('uk', 'stop-cold-calls').contacts.find((contact) => /Telephone Preference Service/.test(contact.name));
	expect(tps).toBeDefined();
	await expect(answer.getByRole('link', { name: tps!.name, exact: true })).toHaveAttribute('href', tps!.url);
	// Only the chosen answer is shown.
	await expect(page.getByRole('article')).toHaveCount(1);
});

test('a shared link opens its answer in French; a link naming nothing known says so', async ({ page }) => {
	const locale = 'fr';
	const s = catalogues[locale].rights;
	await page.goto(`/${locale}/rights/#france-stop-cold-calls`);
	await expect(page.getByRole('article', { name: s.topics['stop-cold-calls'] })).toContainText(
		answerOf('france', 'stop-cold-calls').rule.fr,
	);
	await expect(page.getByRole('radio', { name: country('france').name.fr, exact: true })).toBeChecked();
	// A new visit (not a jump within the page) with a fragment anyone could have written.
	await page.goto('about:blank');
	await page.goto(`/${locale}/rights/#narnia-<b>x</b>`);
	await expect(page.getByRole('status')).toHaveText(s.unknownLink);
	await expect(page.getByRole('article')).toHaveCount(0);
});

test('with JavaScript off, the country pages answer every question, in every language', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const locale of locales) {
		const s = catalogues[locale].rights;
		await page.goto(`/${locale}/rights/`);
		await expect(page.getByRole('button', { name: s.show })).toBeHidden();
		const links = page.getByRole('navigation', { name: s.countriesHeading }).getByRole('link');
		await expect(links).toHaveCount(rightsCountries.length);
		for (const id of rightsCountries) {
			const data = country(id);
			await page.goto(`/${locale}/rights/`);
			await page.getByRole('navigation', { name: s.countriesHeading }).getByRole('link', { name: data.name[locale], exact: true }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(s.countryTitle, { country: data.name[locale] }));
			for (const topic of rightsTopics) {
				const answer = page.getByRole('article', { name: s.topics[topic] });
				const expected = data.answers.find((candidate) => candidate.topic === topic)!;
				await expect(answer).toContainText(spaces(expected.rule[locale]));
				await expect(answer.getByText(fill(s.checked, { date: formatDate(locale, expected.checked) }), { exact: true })).toBeVisible();
				await expect(answer.getByRole('link').first()).toHaveAttribute('href', /^https:/);
			}
		}
	}
	await context.close();
});

test('a country page prints all six answers and none of the page’s navigation', async ({ page }) => {
	const s = catalogues.it.rights;
	await page.goto('/it/rights/italy/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('article')).toHaveCount(rightsTopics.length);
	for (const topic of rightsTopics) await expect(page.getByRole('article', { name: s.topics[topic] })).toBeVisible();
	await expect(page.getByRole('navigation', { name: s.allCountries })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	await expectNoAxeViolations(page);
});
