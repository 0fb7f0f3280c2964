/**
 * Where a learner stands in one LMS package, from their progress record: the launcher runs it
 * whenever a page of the package saves. Each item's status comes from `itemStatus`, the function
 * the site's checklists and the trainer's table use, so the LMS cannot see another verdict.
 */
import { itemStatus } from '../assignment/status.ts';
import { countedResult, NO_RULES } from '../assignment/verdict.ts';
import { itemId, itemKind } from '../assignment/items.ts';
import type { ProgressRecord, RoleplayResult } from '../progress/schema.ts';
import type { PackageDescription } from './package-description.ts';
import type { LmsReport, ReportInteraction, ReportObjective } from './report.ts';

/** The role-play call that counts (the best one, an assessment call on a tie), as `itemStatus` picks it. */
function countedCall(record: ProgressRecord, scenario: string): RoleplayResult | undefined {
	const calls = record.roleplays[scenario];
	const scored = (result: RoleplayResult | undefined) => result && { ...result, score: result.overall };
	return countedResult(scored(calls?.assessment), scored(calls?.practice), NO_RULES);
}

/**
 * The package's report. Completed once every item is finished; the score is the mean of the
 * scored items' counted scores; passed or failed once every item is finished (as a path is on the
 * site, and as SCORM 1.2's one status needs: "passed" there also means done), by that mean against
 * the mastery score, the rule an LMS applies itself to a reported score and mastery score.
 */
export function reportFromRecord(record: ProgressRecord, pkg: Pick<PackageDescription, 'items' | 'mastery'>): LmsReport {
	const statuses = pkg.items.map((item) => ({ item, status: itemStatus(record, item.key) }));
	const done = statuses.filter(({ status }) => status.done).length;
	const scored = statuses.filter(({ item }) => itemKind(item.key) === 'quiz' || itemKind(item.key) === 'roleplay');
	const scores = scored.flatMap(({ status }) => (status.done && status.score !== null ? [status.score / 100] : []));
	const score = scores.length > 0 ? scores.reduce((sum, value) => sum + value, 0) / scores.length : undefined;

	const interactions: ReportInteraction[] = [];
	const objectives: ReportObjective[] = [];
	const paths: Record<string, string[]> = {};
	for (const { item, status } of statuses) {
		const id = itemId(item.key);
		if (item.questions && status.done) {
			const missed = new Set(status.detail ?? []);
			for (const question of item.questions) {
				interactions.push({ id: `${id}.${question.id}`, type: question.type, correct: !missed.has(question.id) });
			}
		}
		if (item.dimensions && status.done) {
			const call = countedCall(record, id);
			if (!call) continue;
			for (const dimension of item.dimensions) objectives.push({ id: `${id}.${dimension}`, share: call.shares[dimension] ?? 0 });
			if (call.path) paths[id] = call.path;
		}
	}
	const completed = pkg.items.length > 0 && done === pkg.items.length;
	return {
		completed,
		progress: pkg.items.length > 0 ? done / pkg.items.length : 0,
		...(score === undefined ? {} : { score }),
		...(completed && score !== undefined ? { passed: score >= pkg.mastery - 1e-9 } : {}),
		interactions,
		objectives,
		paths,
	};
}
