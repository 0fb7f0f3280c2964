import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, extremePath, measuring, personaRuns } from '../../../src/lib/roleplay/analysis.ts';
import { scenarioReport } from '../../../src/lib/roleplay/validate.ts';
import { allowances } from '../../../src/lib/roleplay/debrief.ts';
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
				figures.allowances = allowances(copy);
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
