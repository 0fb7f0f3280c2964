/**
 * The header's "Review: 3 due" link: shown once the page is idle, when review cards are due on
 * this device, and kept current when this page or another tab reviews or adds cards. Every page
 * loads this, so it imports nothing the progress code shares (that would make it a chunk of its
 * own): the storage key and the event name come from the link (`Header.astro`).
 */
import { dueCountIn } from '../lib/progress/due-count.ts';

export function showDueReviews(root: Document): void {
	const link = root.querySelector<HTMLAnchorElement>('[data-review-due]');
	const number = link?.querySelector('[data-count]');
	const key = link?.dataset.reviewDue;
	if (!link || !number || !key) return;
	const update = () => {
		let count: number | undefined;
		try {
			count = dueCountIn(localStorage.getItem(key), new Date().toISOString());
		} catch {
			// Storage blocked: nothing to show.
		}
		link.hidden = !count;
		number.textContent = String(count ?? 0);
	};
	// Reading the record can take a moment on a long history: after the page has settled.
	const later = globalThis.requestIdleCallback ?? ((task: () => void) => setTimeout(task, 200));
	later(update);
	addEventListener('storage', (event) => {
		if (event.key === key || event.key === null) update();
	});
	if (link.dataset.reviewSaved) addEventListener(link.dataset.reviewSaved, update);
}
