import { expect, test } from '@playwright/test';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { shippedScenarios } from './helpers/roleplay.ts';

test('role cards: a caller’s and an agent’s card for every scenario, printable one scenario per page', async ({ page }) => {
	const scenarios = shippedScenarios();
	await page.goto('/fr/trainers/');
	await page.getByRole('link', { name: catalogues.fr.cards.title }).click();
	await expect(page).toHaveURL(/\/fr\/trainers\/role-cards\/$/);
	for (const scenario of scenarios) {
		const section = page.getByRole('region', { name: scenario.title.fr });
		await expect(section.getByRole('article')).toHaveCount(2);
		await expect(section.getByRole('heading', { name: catalogues.fr.cards.caller })).toBeVisible();
		await expect(section).toContainText(scenario.cards!.agent.goal.fr);
	}
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: catalogues.fr.nav.label })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
	const breaks = await page.locator('.scenario').evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakAfter));
	expect(breaks).toEqual(scenarios.map(() => 'page'));
});

test('the role-play module links to the cards', async ({ page }) => {
	await page.goto('/en/trainers/role-play-in-pairs/');
	await page.getByRole('link', { name: catalogues.en.cards.title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalogues.en.cards.title);
});
