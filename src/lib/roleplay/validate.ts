import { locales, type Locale } from '../i18n/locales.ts';
import { authoringProblems, authoringReport, meterProblems } from './authoring.ts';
import { graphIssues } from './graph.ts';
import { shownMeters } from './meters.ts';
import { ScenarioSchema } from './schema.ts';

/**
 * The scenario schema plus the graph rules: known targets, no unreachable node, no cycle,
 * no call that can get stuck, scores only on the scenario's dimensions, meters that the learner
 * sees can move and hidden ones that end a call are explained, persona ids are known. Used by the
 * content collection, so a broken scenario fails `astro build` with the file and the path inside it.
 */
export const ScenarioFileSchema = ScenarioSchema.superRefine((scenario, context) => {
	const personas = new Set(scenario.personas?.map((p) => p.id) ?? []);
	if (personas.size !== (scenario.personas?.length ?? 0)) {
		context.addIssue({ code: 'custom', path: ['personas'], message: 'two personas share an id; give each its own.' });
	}
	const issues = graphIssues(scenario, personas);
	for (const issue of issues) {
		context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
	}
	if (issues.length > 0) return;
	for (const problem of meterProblems(scenario, shownMeters(scenario))) {
		context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
	}
});

/**
 * A scenario that ships: the file rules plus the authoring limits (no give-away by length, real
 * trade-offs, no winning by always picking the longest reply, a long enough best call, several
 * endings). The content collection uses this, so `astro build` fails such a scenario with the figure
 * that broke and where to look; `node scripts/check-scenarios.ts` prints every figure.
 */
export const ShippedScenarioSchema = ScenarioFileSchema.superRefine((scenario, context) => {
	// Only a sound graph can be measured; the file rules above have already said what is wrong.
	if (graphIssues(scenario, new Set(scenario.personas?.map((p) => p.id))).length > 0) return;
	const report = authoringReport(scenario, locales, (node, choice, language) => {
		const text = scenario.nodes[node]?.choices?.find((c) => c.id === choice.id)?.say;
		return text ? text[language as Locale].length : 0;
	});
	for (const problem of authoringProblems(report)) context.addIssue({ code: 'custom', path: [], message: problem });
});
