import { normaliseQuery, searchSite } from '../../lib/search/pagefind-client';
import { loadSearchLabels } from './labels-client.ts';
import { countMessage, renderResults } from './render-results';

/** The search page: reads `?q=`, `?track=` and `?type=`, fills the form and shows the results. */
export async function attachSearchPage(root: HTMLElement): Promise<void> {
	// Scoped to the page: the header's search dialog has its own status and result list.
	const form = root.querySelector<HTMLFormElement>('form');
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	const list = root.querySelector<HTMLElement>('[data-search-results]');
	if (!form || !status || !list) return;
	const params = new URLSearchParams(location.search);
	const query = normaliseQuery(params.get('q'));
	const filters: Record<string, string> = {};
	for (const name of ['track', 'type'] as const) {
		const select = form.elements.namedItem(name) as HTMLSelectElement | null;
		const wanted = params.get(name) ?? '';
		// Only values the page offers are used; anything else in the URL is ignored.
		if (select && [...select.options].some((option) => option.value === wanted)) {
			select.value = wanted;
			if (wanted) filters[name] = wanted;
		}
	}
	const input = form.elements.namedItem('q') as HTMLInputElement;
	input.value = query;
	form.querySelectorAll('select').forEach((select) => select.addEventListener('change', () => form.requestSubmit()));
	let labels: Record<string, string>;
	try {
		labels = await loadSearchLabels();
	} catch {
		status.textContent = form.dataset.error ?? '';
		return;
	}
	if (query.length < 2 && Object.keys(filters).length === 0) {
		status.textContent = labels.prompt ?? '';
		return;
	}
	status.textContent = labels.loading ?? '';
	searchSite(query, filters)
		.then((outcome) => {
			renderResults(list, outcome, labels);
			status.textContent = countMessage(labels, outcome.total, query);
		})
		.catch(() => {
			status.textContent = labels.error ?? '';
		});
}
