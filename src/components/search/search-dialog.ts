/**
 * The header's search dialog (`SearchDialog.astro`): opened by its button or Ctrl/⌘ K, closed by
 * Escape or its close button, focus back on the button. The search code and Pagefind load only
 * when it first opens.
 */
export function attachSearchDialog(root: Document): void {
	const button = root.querySelector<HTMLButtonElement>('[data-search-open]');
	const dialog = root.querySelector<HTMLDialogElement>('#search-dialog');
	if (button && dialog) {
		if (/Mac|iPhone|iPad/.test(navigator.platform)) {
			const kbd = button.querySelector('kbd');
			if (kbd) kbd.textContent = '⌘ K';
		}
		const open = () => {
			if (!dialog.open) dialog.showModal();
			dialog.querySelector('input')?.focus();
			// The search code and Pagefind load only now, never with the page.
			// Built to a fixed URL by src/integrations/page-bundles.ts: no bundler helper on every page.
			// Read from the page, where an LMS package's packager made it relative like every URL there.
			const url = new URL(dialog.dataset.code ?? '', document.baseURI).href;
			void import(/* @vite-ignore */ url).then(({ attachLiveSearch }: typeof import('./search-ui.ts')) => attachLiveSearch(dialog));
		};
		button.addEventListener('click', open);
		dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
		dialog.addEventListener('close', () => button.focus());
		// Escape closes the dialog even from a filled search field, which Chromium would only clear.
		dialog.addEventListener('keydown', (event) => {
			if (event.key === 'Escape') {
				event.preventDefault();
				dialog.close();
			}
		});
		// Ctrl/⌘+K only: single-character shortcuts would clash with speech input (WCAG 2.1.4).
		document.addEventListener('keydown', (event) => {
			if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				open();
			}
		});
	}
}
