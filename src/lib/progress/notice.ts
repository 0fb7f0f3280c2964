import type { StorageState } from './store.ts';

/**
 * Shows the page's one storage notice (src/components/StorageNotice.astro) for `state`: the
 * paragraph for that state appears and the others hide; `ok` hides the whole notice. The words
 * are already in the page's markup, in its language, so this stays a few lines of plain DOM:
 * module pages load it with the progress store and have the tightest byte budget. `root` is the
 * page, or a fake in tests.
 */
export function showStorageNotice(state: StorageState, root: Pick<ParentNode, 'querySelector'> = document): void {
	const notice = root.querySelector<HTMLElement>('[data-storage-notice]');
	if (!notice) return;
	let shown = false;
	for (const paragraph of notice.querySelectorAll<HTMLElement>('[data-state]')) {
		paragraph.hidden = paragraph.dataset.state !== state;
		shown ||= !paragraph.hidden;
	}
	// The words first, then the box: a notice that appears with its text already in it is announced whole.
	notice.hidden = !shown;
}

/**
 * Whether new progress is saved on the device in `state`: after unreadable data was set aside
 * (`recovered`) writes work again; in the other states the notice explains why they do not.
 */
export function savesProgress(state: StorageState): boolean {
	return state === 'ok' || state === 'recovered';
}
