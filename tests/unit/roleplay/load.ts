import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formatIssues } from '../../../src/lib/content/format-issues.ts';
import type { Scenario } from '../../../src/lib/roleplay/schema.ts';
import { ScenarioFileSchema } from '../../../src/lib/roleplay/validate.ts';

/** Validates a scenario file as the build does; returns it, or the report lines naming file and path. */
export function loadScenario(file: string): { scenario?: Scenario; problems: string[] } {
	const result = ScenarioFileSchema.safeParse(parse(readFileSync(file, 'utf8')));
	return result.success ? { scenario: result.data, problems: [] } : { problems: formatIssues(file, result.error.issues) };
}

export function mustLoad(file: string): Scenario {
	const { scenario, problems } = loadScenario(file);
	if (!scenario) throw new Error(problems.join('\n'));
	return scenario;
}
