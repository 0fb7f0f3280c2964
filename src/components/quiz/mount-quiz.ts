import { mount } from 'svelte';
import type { QuizIslandProps } from '../../lib/quiz/island-props.ts';
import Quiz from './Quiz.svelte';

/** Renders the quiz island into `target`, replacing its loading message. */
export function mountQuiz(target: HTMLElement, props: QuizIslandProps): void {
	target.replaceChildren();
	mount(Quiz, { target, props });
}
