import { getCollection } from 'astro:content';
import type { Scenario } from './schema.ts';

/** Every scenario, sorted by track then title in English, with its cross-references checked. */
export async function getScenarios(): Promise<Scenario[]> {
	const scenarios = (await getCollection('scenarios')).map((entry) => entry.data);
	const ids = new Set(scenarios.map((s) => s.id));
	for (const scenario of scenarios) {
		if (scenario.mirror && !ids.has(scenario.mirror)) {
			throw new Error(`[both-ends:roleplay] src/content/scenarios/${scenario.id}.yaml: mirror "${scenario.mirror}" is not a scenario.`);
		}
	}
	return scenarios.sort((a, b) => a.track.localeCompare(b.track) || a.title.en.localeCompare(b.title.en));
}
