import type { Locale } from '../i18n/locales.ts';
import { itemId, itemKind } from './items.ts';
import type { LearnerRow, Review } from './review.ts';

/** How often one thing went wrong across a class: a quiz question missed, or a costly reply chosen. */
export interface Tally {
	/** A question id, or a role-play turn as `node.choice`. */
	id: string;
	/** How many learners it happened to. */
	count: number;
}

/** What a class got wrong on one item. */
export interface ItemInsight {
	/** The item key (`q:…` or `r:…`). */
	key: string;
	/** How many learners' codes told what they got wrong on it: the figure the counts are out of. */
	learners: number;
	/** Most frequent first (ties in first-seen order), at most `limit`. */
	tallies: Tally[];
}

/**
 * What a row tells about an item's mistakes: the ids to count, or undefined when the code does not
 * say. A quiz code lists the missed questions, and lists none when nothing was missed — so a v2
 * result at 100 % with no list counts as "missed nothing", while a v1 code (no mode) or a code whose
 * detail was left out to fit tells nothing. A role-play code lists the whole path; only the turns the
 * learner's own debrief marked costly (`!node.choice`) count.
 */
function mistakes(row: LearnerRow, key: string, kind: 'quiz' | 'roleplay'): string[] | undefined {
	const result = row.results[key];
	if (!result) return undefined;
	const detail = result.detail;
	if (kind === 'quiz') {
		if (detail) return detail;
		return result.mode && result.score === 100 ? [] : undefined;
	}
	return detail?.filter((turn) => turn.startsWith('!')).map((turn) => turn.slice(1));
}

/**
 * Per quiz, the questions most missed; per role-play, the costly replies most chosen. Counted once
 * per learner, over the codes that tell (see `mistakes`). Items nobody got wrong are left out.
 */
export function classInsights(review: Review, limit = 3): ItemInsight[] {
	const insights: ItemInsight[] = [];
	for (const key of review.items) {
		const kind = itemKind(key);
		if (kind !== 'quiz' && kind !== 'roleplay') continue;
		const counts = new Map<string, number>();
		let learners = 0;
		for (const row of review.rows) {
			const ids = mistakes(row, key, kind);
			if (!ids) continue;
			learners++;
			for (const id of new Set(ids)) counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		if (counts.size === 0) continue;
		// A stable sort: ties keep the order they were first seen in.
		const tallies = [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count);
		insights.push({ key, learners, tallies: tallies.slice(0, limit) });
	}
	return insights;
}

/**
 * The words the class view puts on ids, in one language, as `/<lang>/trainers/class-labels.json`
 * serves them: fetched only when there is something to show, so the review page does not carry
 * every question and reply of the site.
 */
export interface ClassLabels {
	/** Each quiz's question prompts: quiz id → question id → prompt. */
	quizzes: Record<string, Record<string, string>>;
	/** Each role-play's replies: scenario id → `node.choice` → what the learner says. */
	roleplays: Record<string, Record<string, string>>;
}

/** What `classLabels` reads of a quiz: its id and each question's id and prompt. */
export interface LabelledQuiz {
	id: string;
	questions: readonly { id: string; prompt: Record<Locale, string> }[];
}

/** What `classLabels` reads of a scenario: each node's choices, their ids and words. */
export interface LabelledScenario {
	id: string;
	nodes: Record<string, { choices?: readonly { id: string; say: Record<Locale, string> }[] | undefined }>;
}

/** The class view's words in one language, from the shipped quizzes and scenarios (build time). */
export function classLabels(quizzes: readonly LabelledQuiz[], scenarios: readonly LabelledScenario[], locale: Locale): ClassLabels {
	return {
		quizzes: Object.fromEntries(
			quizzes.map((quiz) => [quiz.id, Object.fromEntries(quiz.questions.map((question) => [question.id, question.prompt[locale]]))]),
		),
		roleplays: Object.fromEntries(
			scenarios.map((scenario) => [
				scenario.id,
				Object.fromEntries(
					Object.entries(scenario.nodes).flatMap(([node, { choices = [] }]) =>
						choices.map((choice) => [`${node}.${choice.id}`, choice.say[locale]]),
					),
				),
			]),
		),
	};
}

/** The words for a tally of an item (a question's prompt, a reply's text), if the labels have them. */
export function tallyLabel(labels: ClassLabels | undefined, key: string, id: string): string | undefined {
	if (!labels) return undefined;
	const table = itemKind(key) === 'quiz' ? labels.quizzes : labels.roleplays;
	return table[itemId(key)]?.[id];
}
