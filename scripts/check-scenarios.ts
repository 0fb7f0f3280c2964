/**
 * Validates every role-play in src/content/scenarios with the schema and graph rules the build
 * uses, printing `file: path: message` for each problem, then the authoring figures (decision
 * points, trade-offs, best-is-longest, reactions, naive strategies) and fails a scenario that
 * breaks their limits. For authors: faster than a full build.
 * Usage: `node scripts/check-scenarios.ts [file…]`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formatIssues } from '../src/lib/content/format-issues.ts';
import { analyse } from '../src/lib/roleplay/analysis.ts';
import { authoringProblems, describeReport } from '../src/lib/roleplay/authoring.ts';
import { ScenarioFileSchema, scenarioReport } from '../src/lib/roleplay/validate.ts';

const dir = 'src/content/scenarios';
const files =
	process.argv.length > 2
		? process.argv.slice(2)
		: readdirSync(dir)
				.filter((f) => f.endsWith('.yaml'))
				.map((f) => `${dir}/${f}`);
let problems = 0;
for (const file of files) {
	let data: unknown;
	try {
		data = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		console.error(`${file}: not valid YAML: ${(error as Error).message}`);
		problems++;
		continue;
	}
	const result = ScenarioFileSchema.safeParse(data);
	if (!result.success) {
		const lines = formatIssues(file, result.error.issues);
		lines.forEach((line) => console.error(line));
		problems += lines.length;
		continue;
	}
	const { bounds, endings } = analyse(result.data);
	const dims = Object.entries(bounds)
		.map(([d, b]) => `${d} ${b.worst}..${b.best}`)
		.join(', ');
	const scenario = result.data;
	console.log(`${file}: ${Object.keys(scenario.nodes).length} nodes · endings ${endings.join(', ')} · ${dims}`);
	const report = scenarioReport(scenario);
	console.log(`  ${describeReport(report)}`);
	for (const problem of authoringProblems(report)) {
		console.error(`${file}: ${problem}`);
		problems++;
	}
}
if (problems > 0) {
	console.error(`\n${problems} problem(s).`);
	process.exit(1);
}
