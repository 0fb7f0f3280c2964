import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authoringLimits, authoringProblems } from '../../../src/lib/roleplay/authoring.ts';
import { scenarioReport } from '../../../src/lib/roleplay/validate.ts';
import { mustLoad } from './load.ts';

const files = readdirSync('src/content/scenarios')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => `src/content/scenarios/${f}`);
const scenarios = files.map((file) => ({ file, scenario: mustLoad(file) }));

describe.each(scenarios)('$file, as a learner meets it', ({ scenario }) => {
	const report = scenarioReport(scenario);

	it('keeps every authoring limit: no give-away by length, real dilemmas, several endings', () => {
		expect(authoringProblems(report)).toEqual([]);
		expect(report.mainPathDecisions).toBeGreaterThanOrEqual(authoringLimits.mainPathDecisions);
		expect(report.endings).toBeGreaterThanOrEqual(authoringLimits.endings);
	});

	it('links only modules of the learner’s own side, and a module for every decision', () => {
		const allowed = scenario.side === 'agent' ? ['agents', 'wellbeing'] : ['callers'];
		const links = [
			...scenario.modules,
			...Object.values(scenario.nodes).flatMap((n) => [n.module, ...(n.choices ?? []).map((c) => c.module)]),
		].filter((m): m is string => m !== undefined);
		for (const link of links) expect(allowed, link).toContain(link.split('/')[0]);
		for (const [id, node] of Object.entries(scenario.nodes)) {
			if ((node.choices?.length ?? 0) >= 2) expect(node.module ?? node.choices!.every((c) => c.module), `node ${id}`).toBeTruthy();
		}
	});
});

describe('the shipped role-plays together', () => {
	it('give at least three scenarios two personas or more', () => {
		expect(scenarios.filter(({ scenario }) => (scenario.personas?.length ?? 0) >= 2).length).toBeGreaterThanOrEqual(3);
	});

	it('include a shift of several calls', () => {
		expect(scenarios.some(({ scenario }) => Object.values(scenario.nodes).filter((n) => n.call).length >= 2)).toBe(true);
	});
});
