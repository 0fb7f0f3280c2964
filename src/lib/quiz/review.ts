import type { Picked } from '../i18n/localized.ts';
import type { Question, Quiz } from './schema.ts';
import type { Answer, AnswerByType } from './scoring.ts';

/** A quiz in one language, as the island receives it (`pickLanguage(quiz, locale)`). */
export type QuizView = Picked<Quiz>;
/** What the island gets of a quiz: no title, intro or module list (the page shows those). */
export type IslandQuiz = Pick<QuizView, 'id' | 'mode' | 'passMark' | 'questions'>;
/** A question in one language. */
export type QuestionView = QuizView['questions'][number];
/** One question type's view, e.g. `QuestionOf<'order'>`. */
export type QuestionOf<T extends Question['type']> = Extract<QuestionView, { type: T }>;

/** How an answer did: full credit, some, none. */
export type Verdict = 'right' | 'partly' | 'wrong';

export function verdict(credit: number): Verdict {
	return credit >= 1 ? 'right' : credit > 0 ? 'partly' : 'wrong';
}

/** How an answer is judged on screen: `unanswered` when there is no answer at all. */
export function answerVerdict(answer: unknown, credit: number): Verdict | 'unanswered' {
	return answer === undefined ? 'unanswered' : verdict(credit);
}

/** The grade shown beside a `best` option: full credit is the best reply, some is acceptable, none harmful. */
export function creditGrade(credit: number): 'best' | 'acceptable' | 'harmful' {
	return credit >= 1 ? 'best' : credit > 0 ? 'acceptable' : 'harmful';
}

/** A line of an answer as the review shows it; `credit` marks a `best` option's grade. */
export interface ReviewItem {
	text: string;
	credit?: number;
}

/** A transcript line in the review of a `spot` question. */
export interface SpotReviewLine {
	speaker: 'agent' | 'caller' | 'narrator';
	text: string;
	/** Flagged and a mistake; a mistake not flagged; flagged but not a mistake. */
	status: 'found' | 'missed' | 'wrong-flag';
	/** Why it is a mistake (mistake lines only). */
	why?: string;
}

/** What the review of one question shows, language already picked. */
export interface Review {
	/** The learner's answer, one entry per chosen option/item/pair; undefined if not answered. */
	given?: ReviewItem[];
	/** The right answer, in the same form. Empty for `spot`, whose review is `spot`. */
	right: ReviewItem[];
	/** Whether the entries are a sequence (`order`), shown as a numbered list. */
	ordered: boolean;
	/** Feedback written for the options the learner chose (or, for `multiple`, chose wrongly or missed). */
	feedback: string[];
	/** `spot`: the mistake lines and the wrongly flagged ones, in transcript order. */
	spot?: SpotReviewLine[];
}

const byIds = <T extends { id: string }>(list: readonly T[], ids: readonly string[]) =>
	ids.map((id) => list.find((entry) => entry.id === id)).filter((entry): entry is T => entry !== undefined);

/**
 * The review of an answer: the learner's answer and the right one as text, and the feedback to
 * show. `trueLabel`/`falseLabel` are the UI's words for true and false.
 */
export function reviewOf(question: QuestionView, answer: Answer | undefined, labels: { true: string; false: string }): Review {
	const answered = answer !== undefined;
	switch (question.type) {
		case 'single':
		case 'best': {
			const chosen = answered ? byIds(question.options, [answer as string]) : [];
			const rightOptions =
				question.type === 'single' ? question.options.filter((o) => o.correct === true) : question.options.filter((o) => o.credit === 1);
			const item = (o: (typeof question.options)[number]): ReviewItem =>
				question.type === 'best' ? { text: o.text, credit: o.credit ?? 0 } : { text: o.text };
			return {
				given: answered ? chosen.map(item) : undefined,
				right: rightOptions.map(item),
				ordered: false,
				feedback: chosen.flatMap((o) => (o.feedback ? [o.feedback] : [])),
			};
		}
		case 'multiple': {
			const chosen = new Set(answered ? (answer as AnswerByType['multiple']) : []);
			// Feedback where it teaches: a wrong option chosen, or a right one missed.
			const feedback = answered
				? question.options.filter((o) => chosen.has(o.id) !== (o.correct === true)).flatMap((o) => (o.feedback ? [o.feedback] : []))
				: [];
			return {
				given: answered ? question.options.filter((o) => chosen.has(o.id)).map((o) => ({ text: o.text })) : undefined,
				right: question.options.filter((o) => o.correct === true).map((o) => ({ text: o.text })),
				ordered: false,
				feedback,
			};
		}
		case 'truefalse': {
			const label = (value: boolean) => ({ text: value ? labels.true : labels.false });
			const extra = !answered ? undefined : answer === question.answer ? question.feedbackRight : question.feedbackWrong;
			return {
				given: answered ? [label(answer as boolean)] : undefined,
				right: [label(question.answer)],
				ordered: false,
				feedback: extra ? [extra] : [],
			};
		}
		case 'order':
			return {
				given: answered ? byIds(question.items, answer as string[]).map((i) => ({ text: i.text })) : undefined,
				right: question.items.map((i) => ({ text: i.text })),
				ordered: true,
				feedback: [],
			};
		case 'match': {
			const given = (answer ?? {}) as AnswerByType['match'];
			return {
				given: answered
					? question.pairs.map((pair) => {
							const chosen = question.pairs.find((p) => p.id === given[pair.id]);
							return { text: `${pair.left} → ${chosen ? chosen.right : '—'}` };
						})
					: undefined,
				right: question.pairs.map((pair) => ({ text: `${pair.left} → ${pair.right}` })),
				ordered: false,
				feedback: [],
			};
		}
		case 'spot': {
			const flagged = new Set(answered ? (answer as AnswerByType['spot']) : []);
			const spot: SpotReviewLine[] = [];
			for (const line of question.lines) {
				const status = line.mistake ? (flagged.has(line.id) ? 'found' : 'missed') : flagged.has(line.id) ? 'wrong-flag' : undefined;
				if (status) spot.push({ speaker: line.speaker, text: line.text, status, why: line.mistake });
			}
			return {
				given: answered ? question.lines.filter((l) => flagged.has(l.id)).map((l) => ({ text: l.text })) : undefined,
				right: [],
				ordered: false,
				feedback: [],
				spot,
			};
		}
	}
}
