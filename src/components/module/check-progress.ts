/**
 * The module checks' answers on the device (`Check.astro` loads this when a check nears view or
 * is answered): restores earlier answers, and saves new ones (a wrong one becomes a review card).
 */
import { recordCheckAnswer } from '../../lib/progress/check-answers.ts';
import type { CheckVerdict } from '../../lib/practice/check.ts';
import { browserProgressStore } from '../../lib/progress/store.ts';

const store = browserProgressStore();

/** The choices last saved for the check named `key` (`<track>/<slug>:<check id>`), if any. */
export function savedAnswer(key: string): string[] | undefined {
	return store.read().checks?.[key]?.chosen;
}

/** Saves an answer to the check named `key`. */
export function saveAnswer(key: string, chosen: string[], verdict: CheckVerdict): void {
	store.update((record) => recordCheckAnswer(record, key, chosen, verdict, new Date().toISOString()));
}
