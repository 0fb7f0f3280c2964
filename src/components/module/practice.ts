/**
 * What the module components do in the browser: checks answered in place (and remembered, a miss
 * becoming a review card), and "say it better" compared with the phrase lint. One file for all of
 * them, loaded by `ModuleLoader.astro` when the first of them nears view, so a module page
 * carries none of it at load.
 */
import { judgeCheck, type CheckVerdict } from '../../lib/practice/check.ts';
import { lintPhrases } from '../../lib/practice/phrase-lint.ts';
import { loadWeakPhrases } from '../../lib/practice/weak-phrases-client.ts';

// The progress code loads when a check nears view (to show an earlier answer) or is answered.
let progress: Promise<typeof import('./check-progress.ts')> | undefined;
const loadProgress = () => (progress ??= import('./check-progress.ts'));

/** Wires every practice form on the page; each is marked ready, so the loader stops holding its submits. */
export function attachPractice(forms: readonly HTMLFormElement[]): void {
	const checks = forms.filter((form) => form.dataset.practice === 'check');
	for (const form of checks) attachCheck(form);
	for (const form of forms.filter((form) => form.dataset.practice === 'say-better')) attachSayBetter(form);
	restoreWhenNear(checks);
	for (const form of forms) form.dataset.ready = 'true';
}

const inputsOf = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>('[data-option] input')];

/** Shows the verdict and feedback for `chosen`; returns the verdict, or undefined when nothing was chosen. */
function showCheck(form: HTMLFormElement, chosen: string[], earlier = false): CheckVerdict | undefined {
	const items = [...form.querySelectorAll<HTMLElement>('[data-option]')];
	const options = items.map((item) => ({ id: item.dataset.option ?? '', correct: item.dataset.correct === 'true' }));
	const result = judgeCheck(options, chosen);
	for (const item of items) {
		const feedback = item.querySelector<HTMLElement>('.option-feedback');
		if (feedback) feedback.hidden = !result?.explain.includes(item.dataset.option ?? '');
		item.classList.toggle('is-right', Boolean(result) && item.dataset.correct === 'true');
	}
	const status = form.querySelector('[role="status"]');
	const said = result ? (form.dataset[result.verdict] ?? '') : (form.dataset.choose ?? '');
	if (status) status.textContent = earlier && result ? `${form.dataset.earlier ?? ''} ${said}` : said;
	form.dataset.verdict = result?.verdict ?? '';
	return result?.verdict;
}

function attachCheck(form: HTMLFormElement) {
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const chosen = inputsOf(form)
			.filter((input) => input.checked)
			.map((input) => input.value);
		const verdict = showCheck(form, chosen);
		const key = form.dataset.check;
		if (verdict && key) void loadProgress().then((code) => code.saveAnswer(key, chosen, verdict));
	});
}

/** Shows each check's earlier answer, if any, as it nears view. */
function restoreWhenNear(checks: HTMLFormElement[]) {
	const restore = (form: HTMLFormElement) =>
		void loadProgress().then((code) => {
			const chosen = form.dataset.check ? code.savedAnswer(form.dataset.check) : undefined;
			// Answered again meanwhile: the reader's own choice wins.
			if (!chosen || form.dataset.verdict) return;
			for (const input of inputsOf(form)) input.checked = chosen.includes(input.value);
			showCheck(form, chosen, true);
		});
	if (!('IntersectionObserver' in window)) return;
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				restore(entry.target as HTMLFormElement);
			}
		},
		{ rootMargin: '0px 0px 50% 0px' },
	);
	for (const form of checks) observer.observe(form);
}

function attachSayBetter(form: HTMLFormElement) {
	const section = form.closest<HTMLElement>('[data-say-better]');
	const text = form.querySelector('textarea');
	const status = section?.querySelector<HTMLElement>('[role="status"]');
	const compare = section?.querySelector<HTMLElement>('.say-compare');
	const notes = section?.querySelector('.say-notes');
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (!section || !text || !status || !compare || !notes) return;
		if (text.value.trim().length === 0) {
			status.textContent = status.dataset.empty ?? '';
			text.focus();
			return;
		}
		// Without the list (offline, say), the comparison still shows, with no notes.
		void loadWeakPhrases(section.dataset.phrases ?? '').then((list) => {
			const found = lintPhrases(text.value, list);
			const quote = (words: string) => (status.dataset.quote ?? '{text}').replace('{text}', words);
			notes.replaceChildren(
				...found.map((note) => {
					const item = document.createElement('li');
					const words = document.createElement('strong');
					words.textContent = quote(note.found);
					item.append(words, ` ${note.why} ${note.instead}`);
					return item;
				}),
			);
			status.textContent =
				found.length === 0
					? (status.dataset.clean ?? '')
					: (status.dataset.found ?? '').replace('{phrases}', found.map((note) => quote(note.found)).join(', '));
			compare.hidden = false;
		});
	});
}
