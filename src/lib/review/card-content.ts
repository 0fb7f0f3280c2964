/**
 * Finding what each due card shows: fetches the files it needs (the review data once, a quiz's or
 * a role-play's file once each), and checks them, since they arrive as untrusted JSON like any
 * fetched data. A card whose question is no longer on the site is left out and counted.
 */
import { fail, isObject, object, text, type Check } from '../progress/check.ts';
import type { CheckSource } from '../practice/check-source.ts';
import type { QuestionView } from '../quiz/review.ts';
import { parseCardId } from './card-ids.ts';
import { checkCardView, quizCardView, turnCardView, type CardView } from './card-view.ts';
import type { ReviewData } from './review-data.ts';
import type { TurnSource } from './turn-source.ts';

/** Where a card comes from, for "From the quiz “…”" and a link to it. */
export interface CardOrigin {
	kind: 'quiz' | 'check' | 'turn';
	title: string;
	href: string;
}

export interface CardContent {
	view: CardView;
	origin: CardOrigin;
}

/** Fetches and parses a JSON file, or throws (the page says the cards could not load). */
export type FetchJson = (path: string) => Promise<unknown>;

const source = object<{ title: string; href: string }>({ title: text(300), href: text(300, /^\/[a-z0-9/-]*$/) });
const list =
	<T>(check: Check<T>): Check<T[]> =>
	(value, path) =>
		Array.isArray(value) && value.length <= 50 ? value.map((item, i) => check(item, `${path}.${i}`)) : fail(path, 'a list');
const mapOf =
	<T>(check: Check<T>): Check<Record<string, T>> =>
	(value, path) =>
		isObject(value)
			? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, check(item, `${path}.${key}`)]))
			: fail(path, 'an object');
const checkSource = object<CheckSource>({
	id: text(80),
	prompt: text(1000),
	multiple: (value, path) => (typeof value === 'boolean' ? value : fail(path, 'true or false')),
	options: list(
		object({
			id: text(80),
			text: text(1000),
			correct: (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false')),
			feedback: text(1000),
		}),
	),
});
const reviewDataCheck = object<ReviewData>({ sources: mapOf(source), checks: mapOf(mapOf(checkSource)) });
const turnCheck = object<TurnSource>({
	speaker: (value, path) => (value === 'agent' || value === 'caller' || value === 'narrator' ? value : fail(path, 'a speaker')),
	line: text(2000),
	replies: list(object({ say: text(1000), feedback: text(2000), best: (v, p) => (typeof v === 'boolean' ? v : fail(p, 'true or false')) })),
});
/** A quiz file's questions: built by this site and shown as text only; the shape checked is what the card reads. */
const quizFile: Check<QuestionView[]> = (value, path) =>
	isObject(value) && isObject(value.quiz) && Array.isArray(value.quiz.questions)
		? (value.quiz.questions as unknown[]).map((question, i) =>
				isObject(question) && typeof question.id === 'string' && typeof question.prompt === 'string'
					? (question as unknown as QuestionView)
					: fail(`${path}.quiz.questions.${i}`, 'a question'),
			)
		: fail(path, 'a quiz file');

/**
 * The content of each card in `ids`, in `lang`, by id; `skipped` counts the cards whose question is
 * gone. `labels` are the words for true and false; `turnPrompt` asks what the learner answers.
 */
export async function loadCardContent(
	ids: readonly string[],
	lang: string,
	fetchJson: FetchJson,
	words: { true: string; false: string; turnPrompt: string },
): Promise<{ content: Map<string, CardContent>; skipped: number }> {
	// Nothing due, nothing to fetch: the review data is the biggest file the page can ask for.
	if (ids.length === 0) return { content: new Map(), skipped: 0 };
	const data = reviewDataCheck(await fetchJson(`/${lang}/review/data.json`), 'review data');
	const parsed = ids.map((id) => [id, parseCardId(id)] as const);
	const quizIds = [...new Set(parsed.flatMap(([, s]) => (s?.kind === 'quiz' ? [s.quiz] : [])))];
	const scenarioIds = [...new Set(parsed.flatMap(([, s]) => (s?.kind === 'turn' ? [s.scenario] : [])))];
	// A quiz or call no longer on the site has no entry in the review data: its cards are left
	// out without fetching. Any other failure is the network's, and the page offers to try again.
	const fetchIfListed = async <T>(key: string, path: string, check: Check<T>): Promise<T | undefined> =>
		data.sources[key] ? check(await fetchJson(path), path) : undefined;
	const quizzes = new Map(
		await Promise.all(quizIds.map(async (id) => [id, await fetchIfListed(`q:${id}`, `/${lang}/quiz/${id}.json`, quizFile)] as const)),
	);
	const turns = new Map(
		await Promise.all(
			scenarioIds.map(async (id) => [id, await fetchIfListed(`r:${id}`, `/${lang}/review/turns/${id}.json`, mapOf(turnCheck))] as const),
		),
	);
	const content = new Map<string, CardContent>();
	for (const [id, found] of parsed) {
		if (!found) continue;
		if (found.kind === 'quiz') {
			const question = quizzes.get(found.quiz)?.find((q) => q.id === found.question);
			const origin = data.sources[`q:${found.quiz}`];
			if (question && origin) content.set(id, { view: quizCardView(question, words), origin: { kind: 'quiz', ...origin } });
		} else if (found.kind === 'check') {
			const check = data.checks[found.module]?.[found.check];
			const origin = data.sources[`m:${found.module}`];
			if (check && origin) content.set(id, { view: checkCardView(check), origin: { kind: 'check', ...origin } });
		} else {
			const turn = turns.get(found.scenario)?.[found.node];
			const origin = data.sources[`r:${found.scenario}`];
			if (turn && origin) content.set(id, { view: turnCardView(turn, words.turnPrompt), origin: { kind: 'turn', ...origin } });
		}
	}
	return { content, skipped: ids.length - content.size };
}
