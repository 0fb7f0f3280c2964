import { locales, type Locale } from '../i18n/locales.ts';
import type { z } from 'astro/zod';
import { authoringProblems, authoringReport, meterProblems, type AuthoringReport } from './authoring.ts';
import { measuring } from './analysis.ts';
import { keepAllowances } from './debrief.ts';
import { graphIssues } from './graph.ts';
import { shownMeters } from './meters.ts';
import { ScenarioSchema, type Scenario } from './schema.ts';

/** The file rules, added to `context`; returns whether the graph is sound enough to measure. */
function checkFile(scenario: Scenario, context: z.RefinementCtx): boolean {
	const personas = new Set(scenario.personas?.map((p) => p.id) ?? []);
	if (personas.size !== (scenario.personas?.length ?? 0)) {
		context.addIssue({ code: 'custom', path: ['personas'], message: 'two personas share an id; give each its own.' });
	}
	const issues = graphIssues(scenario, personas);
	for (const issue of issues) {
		context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
	}
	if (issues.length > 0) return false;
	for (const problem of meterProblems(scenario, shownMeters(scenario))) {
		context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
	}
	return true;
}

/**
 * The scenario schema plus the graph rules: known targets, no unreachable node, no cycle,
 * no call that can get stuck, scores only on the scenario's dimensions, meters that the learner
 * sees can move and hidden ones that end a call are explained, persona ids are known. Used by the
 * scenario checker and the tests; the build uses `ShippedScenarioSchema`.
 */
export const ScenarioFileSchema = ScenarioSchema.superRefine((scenario, context) => {
	checkFile(scenario, context);
});

/** The authoring figures of a scenario, measuring each reply's text in every language. */
export function scenarioReport(scenario: Scenario): AuthoringReport {
	return authoringReport(scenario, locales, (node, choice, language) => {
		const text = scenario.nodes[node]?.choices?.find((c) => c.id === choice.id)?.say;
		return text ? text[language as Locale].length : 0;
	});
}

/**
 * A scenario that ships: the file rules plus the authoring limits (no give-away by length, real
 * trade-offs, no winning by always picking the longest reply, a long enough best call, several
 * endings). The content collection uses this, so `astro build` fails such a scenario with the file,
 * the figure that broke and where to look; `node scripts/check-scenarios.ts` prints every figure.
 */
export const ShippedScenarioSchema = ScenarioSchema.superRefine((scenario, context) =>
	// The graph rules and the figures walk the same states: worked out once for both.
	measuring(scenario, () => {
		// Only a sound graph can be measured; the file rules have already said what is wrong.
		if (!checkFile(scenario, context)) return;
		const problems = authoringProblems(scenarioReport(scenario));
		for (const problem of problems) context.addIssue({ code: 'custom', path: [], message: problem });
		// The pages need what it allows, from the states just walked: worked out here, it is not
		// walked again while the pages render.
		if (problems.length === 0) keepAllowances(scenario);
	}),
);
