/**
 * The header's behaviour in the browser: the phone-size menu disclosure, and language links that
 * keep the visitor's place (`#fragment`, `?query`) when they switch language.
 */

/**
 * Makes the Menu button open and close the menu: Enter and Space (native to a button) toggle it,
 * Escape closes it and gives focus back to the button. The open state lives on the header as
 * `data-menu-open`, which the CSS reads.
 */
export function attachMenu(header: HTMLElement): void {
	const button = header.querySelector<HTMLButtonElement>('[data-menu-toggle]');
	const menu = button && document.getElementById(button.getAttribute('aria-controls') ?? '');
	if (!button || !menu) return;
	const setOpen = (open: boolean) => {
		button.setAttribute('aria-expanded', String(open));
		header.toggleAttribute('data-menu-open', open);
	};
	button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
	header.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
		const target = event.target as Node;
		if (target !== button && !menu.contains(target)) return;
		setOpen(false);
		button.focus();
	});
}

/**
 * Language links (every `a[hreflang]`: the header's and the footer's) carry the current page's
 * query and fragment, so switching language keeps the reader on the same section or assignment
 * (`#a=…`, `?assignment=…`). The links' own `href`s are rewritten — on load, whenever the fragment
 * changes, and on pointer down or focus for a query or fragment replaced without an event — so a keyboard,
 * a middle click, "open in new tab" and "copy link" all keep them too.
 */
export function keepFragmentOnLanguageLinks(root: ParentNode): void {
	const links = root.querySelectorAll<HTMLAnchorElement>('a[hreflang]');
	const follow = () => {
		// `pathname` is the link's own page (`/fr/assignment/`); only its query and fragment follow.
		for (const link of links) link.href = link.pathname + location.search + location.hash;
	};
	follow();
	addEventListener('hashchange', follow);
	addEventListener('popstate', follow);
	// Before a click, a middle click, a context menu ("copy link") or Enter reads the address.
	for (const link of links) {
		link.addEventListener('pointerdown', follow);
		link.addEventListener('focus', follow);
	}
}
