import { mount } from 'svelte';
import type { QuizIslandProps } from '../../lib/quiz/island-props.ts';
import Quiz from './Quiz.svelte';
import quizStylesheet from './quiz.css?url';

/**
 * The quiz's stylesheet, fetched with its code (a module page does not carry it), and ready
 * before the quiz shows, so it never appears unstyled. A quiz's own page has it already.
 */
function stylesReady(): Promise<unknown> {
	const href = new URL(quizStylesheet, location.href).href;
	const present = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((link) => link.href === href);
	if (present) return Promise.resolve();
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	const ready = new Promise((resolve) => {
		// Unstyled is better than no quiz: go on even if the stylesheet fails.
		link.addEventListener('load', resolve, { once: true });
		link.addEventListener('error', resolve, { once: true });
	});
	document.head.append(link);
	return ready;
}

/** Renders the quiz island into `target`, replacing its loading message, once its styles are in. */
export async function mountQuiz(target: HTMLElement, props: QuizIslandProps): Promise<void> {
	await stylesReady();
	target.replaceChildren();
	mount(Quiz, { target, props });
}
