import { normaliseQuery, searchSite } from '../../lib/search/pagefind-client';
import { loadSearchLabels } from './labels-client.ts';
import { countMessage, renderResults } from './render-results';

/** Results as the visitor types, inside the header's search dialog. Attaches once per dialog. */
export function attachLiveSearch(dialog: HTMLDialogElement): void {
	if (dialog.dataset.attached) return;
	dialog.dataset.attached = 'true';
	const input = dialog.querySelector<HTMLInputElement>('input[name="q"]');
	const status = dialog.querySelector<HTMLElement>('[data-search-status]');
	const list = dialog.querySelector<HTMLElement>('[data-search-results]');
	if (!input || !status || !list) return;

	let latest = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = async () => {
		const query = normaliseQuery(input.value);
		const ticket = ++latest;
		let labels: Record<string, string>;
		try {
			labels = await loadSearchLabels();
		} catch {
			if (ticket === latest) status.textContent = dialog.dataset.error ?? '';
			return;
		}
		if (ticket !== latest) return;
		if (query.length < 2) {
			status.textContent = labels.prompt ?? '';
			list.replaceChildren();
			return;
		}
		status.textContent = labels.loading ?? '';
		try {
			const outcome = await searchSite(query);
			// A slower, older query must not overwrite the answer to a newer one.
			if (ticket !== latest) return;
			renderResults(list, outcome, labels);
			status.textContent = countMessage(labels, outcome.total, query);
		} catch {
			if (ticket === latest) status.textContent = labels.error ?? '';
		}
	};
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, 150);
	});
	void run();
}
