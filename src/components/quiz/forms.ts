import type { Component } from 'svelte';
import type { QuestionView } from '../../lib/quiz/review.ts';
import type { QuizStrings as IslandStrings } from '../../lib/i18n/catalogue/index.ts';

/** What every question form receives from the island. */
export interface FormProps<Q extends QuestionView = QuestionView> {
	question: Q;
	/** This attempt's display order of the question's ids (see `arrange`). */
	arrangement: string[];
	/** The answer so far. */
	value: unknown;
	/** Once checked (practice mode), the answer shows but cannot change. */
	disabled: boolean;
	strings: IslandStrings;
	/** Prefix for element ids and input names, unique on the page. */
	uid: string;
	onchange: (value: unknown) => void;
}

/** The four forms: radios/checkboxes (`single`, `multiple`, `truefalse`, `best`), order, match, spot. */
export type FormKind = 'choice' | 'order' | 'match' | 'spot';

export function formKind(type: QuestionView['type']): FormKind {
	return type === 'order' || type === 'match' || type === 'spot' ? type : 'choice';
}

type Form = Component<FormProps>;

/**
 * The forms, one chunk each, fetched when a question of that kind is about to show: a page then
 * loads the code of the forms its quiz reaches, not all four up front.
 */
export const loadForm: Record<FormKind, () => Promise<Form>> = {
	choice: () => import('./ChoiceQuestion.svelte').then((m) => m.default as unknown as Form),
	order: () => import('./OrderQuestion.svelte').then((m) => m.default as unknown as Form),
	match: () => import('./MatchQuestion.svelte').then((m) => m.default as unknown as Form),
	spot: () => import('./SpotQuestion.svelte').then((m) => m.default as unknown as Form),
};
