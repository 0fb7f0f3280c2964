import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mustLoad } from './load.ts';

const shipped = readdirSync('src/content/scenarios').filter((f) => f.endsWith('.yaml'));

describe('live role-play cards', () => {
	it.each(shipped)('%s has a caller’s card and an agent’s card', (file) => {
		const scenario = mustLoad(`src/content/scenarios/${file}`);
		expect(scenario.cards?.caller.play.length).toBeGreaterThanOrEqual(1);
		expect(scenario.cards?.agent.play.length).toBeGreaterThanOrEqual(1);
	});
});
