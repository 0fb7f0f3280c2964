import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyse, extremePath, measuring, personaRuns } from '../../../src/lib/roleplay/analysis.ts';
import { scenarioReport, ShippedScenarioSchema } from '../../../src/lib/roleplay/validate.ts';
import { allowances, workOutAllowances } from '../../../src/lib/roleplay/debrief.ts';
import { mustLoad } from './load.ts';

/**
 * While a scenario is measured several times over (the build checks each role-play's graph, then
 * its authoring figures, then works out what each persona allows), its states are worked out once
 * and shared (`measuring`). Sharing must not change any figure: measuring in one order, in another,
 * or again gives what a fresh copy gives.
 */
const files = readdirSync('src/content/scenarios').filter((file) => file.endsWith('.yaml'));

describe('a scenario measured several times over', () => {
	it.each(files)('%s: every figure is the same measured again, in another order, as on a fresh copy', (file) => {
		const scenario = mustLoad(`src/content/scenarios/${file}`);
		const measure = (order: 'report first' | 'paths first') => {
			const copy = structuredClone(scenario);
			const figures: Record<string, unknown> = {};
			const paths = () =>
				personaRuns(copy).map((persona) => {
					const options = persona ? { persona } : {};
					const { bounds, endings, deadEnds } = analyse(copy, options);
					return {
						bounds,
						endings,
						deadEnds,
						best: extremePath(copy, bounds, 'best', options),
						worst: extremePath(copy, bounds, 'worst', options),
					};
				});
			measuring(copy, () => {
				if (order === 'report first') figures.report = scenarioReport(copy);
				figures.paths = paths();
				figures.allowances = workOutAllowances(copy);
				if (order === 'paths first') figures.report = scenarioReport(copy);
				// Asked again while the states are shared.
				expect(scenarioReport(copy)).toEqual(figures.report);
				expect(paths()).toEqual(figures.paths);
			});
			// And once they are let go.
			expect(paths()).toEqual(figures.paths);
			return figures;
		};
		const fresh = measure('report first');
		expect(measure('paths first')).toEqual(fresh);
		expect(fresh.report).toMatchObject({ endings: expect.any(Number) });
	});
});

/**
 * The build checks each scenario in the content layer, then renders its pages from other objects
 * and another copy of the code (the page bundle): in a production build, what the check worked out
 * is what the pages get, and a scenario with other content is worked out anew. The dev server
 * keeps nothing between calls, since the code that works it out can change while it runs.
 */
describe('what a scenario allows, worked out once per build', () => {
	const file = files[0]!;
	const scenario = mustLoad(`src/content/scenarios/${file}`);
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it(`${file}: in a build, the page bundle's copy of the code gets, for a copy read back, what the content check worked out`, async () => {
		vi.stubEnv('PROD', true);
		const checked = ShippedScenarioSchema.parse(structuredClone(scenario));
		vi.resetModules();
		const bundle = await import('../../../src/lib/roleplay/debrief.ts');
		const readBack = structuredClone(checked);
		expect(bundle.allowances).not.toBe(allowances);
		expect(bundle.allowances(readBack)).toBe(allowances(checked));
		expect(bundle.allowances(readBack)).toEqual(workOutAllowances(structuredClone(scenario)));
	});

	it(`${file}: in a build, a copy whose scores differ is worked out again`, () => {
		vi.stubEnv('PROD', true);
		const edited = structuredClone(scenario);
		const choice = Object.values(edited.nodes)
			.flatMap((node) => node.choices ?? [])
			.find((reply) => Object.keys(reply.score).length > 0)!;
		const dimension = Object.keys(choice.score)[0] as keyof typeof choice.score;
		choice.score[dimension] = (choice.score[dimension] ?? 0) + 50;
		const before = allowances(structuredClone(scenario));
		const after = allowances(edited);
		expect(after).toEqual(workOutAllowances(structuredClone(edited)));
		expect(after).not.toEqual(before);
	});

	it(`${file}: outside a build, each new copy is worked out again`, () => {
		vi.stubEnv('PROD', false);
		const first = allowances(structuredClone(scenario));
		const second = allowances(structuredClone(scenario));
		expect(second).not.toBe(first);
		expect(second).toEqual(first);
	});
});
