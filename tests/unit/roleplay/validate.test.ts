import { describe, expect, it } from 'vitest';
import { loadScenario } from './load.ts';

const dir = 'tests/unit/roleplay/fixtures';

describe('scenario validation', () => {
	it('accepts a well-formed scenario', () => {
		expect(loadScenario(`${dir}/valid.yaml`).problems).toEqual([]);
	});

	// Each broken fixture must fail with a message that names the file and where inside it.
	const cases: [string, RegExp][] = [
		['unknown-next', /broken-unknown-next\.yaml: nodes\.middle\.choices\.2\.next: .*unknown node "nowhere"/],
		['unreachable', /broken-unreachable\.yaml: nodes\.orphan: .*cannot be reached/],
		['cycle', /broken-cycle\.yaml: nodes\.(open|middle): .*circle: .*open.*middle/],
		['never-ends', /broken-never-ends\.yaml: nodes\.middle\.choices: .*stuck at node "middle"/],
		['no-ending', /broken-no-ending\.yaml: nodes\.resolved: .*no choices and no ending/],
		['unknown-dimension', /broken-unknown-dimension\.yaml: nodes\.middle\.choices\.2\.score\.empathy: .*not in this scenario's dimensions/],
		['unknown-meter', /broken-unknown-meter\.yaml: nodes\.middle\.choices\.2\.effects: .*anger/],
		['missing-language', /broken-missing-language\.yaml: nodes\.middle\.line\.it: /],
		['unexplained-meter', /broken-unexplained-meter\.yaml: nodes\.middle\.branch\.0\.because: .*patience, which the learner cannot see/],
		['unknown-fact', /broken-unknown-fact\.yaml: nodes\.middle\.branch\.0\.when: fact "told-problm" is never set/],
	];
	it('refuses a shown meter that nothing can move', () => {
		expect(loadScenario(`${dir}/broken-unexplained-meter.yaml`).problems.join('\n')).toMatch(
			/shown: the learner is shown "stress", but no choice or event changes it/,
		);
	});

	it.each(cases)('rejects %s, naming file and node', (name, expected) => {
		const { problems } = loadScenario(`${dir}/broken-${name}.yaml`);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.join('\n')).toMatch(expected);
	});
});
