import { graphIssues } from './graph.ts';
import { ScenarioSchema } from './schema.ts';

/**
 * The scenario schema plus the graph rules: known targets, no unreachable node, no cycle,
 * no call that can get stuck, scores only on the scenario's dimensions. Used by the content
 * collection, so a broken scenario fails `astro build` with the file and the path inside it.
 */
export const ScenarioFileSchema = ScenarioSchema.superRefine((scenario, context) => {
	for (const issue of graphIssues(scenario)) {
		context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
	}
});
