import { expect, test } from '@playwright/test';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { pathFor, shippedScenarios } from './helpers/roleplay.ts';

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
		// The map of the call, drawn at build time, with the best call to read instead of the drawing.
		await section.getByText(catalogues.fr.cards.map).click();
		const mapName = `${catalogues.fr.roleplay.map.title} — ${scenario.title.fr}`;
		const map = section.getByRole('region', { name: mapName });
		await expect(map.getByRole('img', { name: mapName })).toBeVisible();
		await expect(map.getByRole('heading', { name: catalogues.fr.roleplay.map.bestCall }).locator('+ ol > li')).toHaveCount(
			pathFor(scenario, 'best').length,
		);
		await expect(map.locator('circle')).toHaveCount(Object.keys(scenario.nodes).length);
	}
	await expectNoAxeViolations(page);
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
