/**
 * The module's "Read ✓" marker in the browser (`module/ModuleLoader.astro` loads it as the reader
 * nears the end): shows whether the module was read, marks it read once its end is in view or on
 * request, through the progress store.
 */
import { markModuleRead } from '../lib/progress/module-read.ts';
import { browserProgressStore } from '../lib/progress/store.ts';

/** Marks the module read now (the button). */
export function markRead(marker: HTMLElement): void {
	marks.get(marker)?.();
}

const marks = new WeakMap<HTMLElement, () => void>();

export function attachReadMarker(marker: HTMLElement): void {
	const button = marker.querySelector('button');
	const status = marker.querySelector('[role="status"]');
	const key = marker.dataset.readMarker;
	if (!button || !status || !key) return;
	const store = browserProgressStore();
	const show = (read: boolean) => {
		button.hidden = read;
		status.textContent = read ? (marker.dataset.readLabel ?? '') : '';
	};
	const isRead = () => Boolean(store.read().modulesRead[key]);
	const mark = () => show(Boolean(store.update((record) => markModuleRead(record, key, new Date().toISOString())).modulesRead[key]));
	marks.set(marker, mark);
	show(isRead());
	// Read in another tab meanwhile: say so here too.
	store.subscribe(() => show(isRead()));
	button.addEventListener('click', mark);
	if (!isRead() && 'IntersectionObserver' in window) {
		const observer = new IntersectionObserver((entries) => {
			if (entries.some((entry) => entry.isIntersecting)) {
				observer.disconnect();
				mark();
			}
		});
		observer.observe(marker);
	}
}
