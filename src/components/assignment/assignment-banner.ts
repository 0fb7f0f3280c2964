/**
 * Renders "Back to «title» (2 of 3 done)" at the top of an item page opened from an assignment's
 * checklist (`?assignment=<id>`), as a navigation landmark, hidden in print. What it says comes
 * from `bannerOf` (src/lib/assignment/banner.ts). Loaded by banner-trigger.ts only when the
 * address carries the assignment, so pages opened on their own never load it.
 */
import { bannerOf } from '../../lib/assignment/banner.ts';
import { itemLinkFrom } from '../../lib/assignment/context.ts';
import type { AssignmentStrings } from '../../lib/i18n/catalogue/index.ts';
import { fill, formatNumber } from '../../lib/i18n/format.ts';
import { isLocale } from '../../lib/i18n/locales.ts';
import { localizePath } from '../../lib/i18n/paths.ts';
import { browserProgressStore } from '../../lib/progress/store.ts';

export async function showAssignmentBanner(): Promise<void> {
	const locale = document.documentElement.lang;
	const main = document.querySelector('main');
	if (!isLocale(locale) || !main) return;
	const store = browserProgressStore();
	const assignmentPage = localizePath(locale, 'assignment/');
	const first = bannerOf(store.read(), location.search, assignmentPage);
	// A link shared with someone else, or storage cleared: the page is shown as if opened on its own.
	if (!first) return;
	// Only this language's assignment strings: a chunk of their own, fetched now.
	const { assignment: strings } = (await import(`../../lib/i18n/catalogue/${locale}/assignment.ts`)) as { assignment: AssignmentStrings };

	const nav = document.createElement('nav');
	nav.className = 'callout info prose no-print';
	nav.setAttribute('aria-label', strings.bannerLabel);
	nav.dataset.pagefindIgnore = '';
	const link = document.createElement('a');
	nav.append(link);

	const render = () => {
		const banner = bannerOf(store.read(), location.search, assignmentPage);
		nav.hidden = !banner;
		if (!banner) return;
		const text = fill(strings.backTo, {
			title: banner.title,
			progress: fill(strings.progressCount, { done: formatNumber(locale, banner.done), total: formatNumber(locale, banner.total) }),
		});
		// Only real changes: the observer below would otherwise see its own writes.
		if (link.textContent !== text) link.textContent = text;
		if (link.getAttribute('href') !== banner.href) link.href = banner.href;
	};
	render();
	main.prepend(nav);

	// On a learning path's page, its steps lead back to the assignment too.
	for (const step of document.querySelectorAll<HTMLAnchorElement>('[data-path-items] a[href]')) {
		step.href = itemLinkFrom(step.getAttribute('href') ?? '', first.id);
	}

	// The count follows progress: made in another tab (`storage`), on coming back through the
	// back/forward cache (`pageshow`), or on this page — a module marked read, a quiz or call
	// finished — which always changes what the page shows, so a change in `main` re-reads the record.
	store.subscribe(render);
	window.addEventListener('pageshow', render);
	let pending = 0;
	new MutationObserver(() => {
		window.clearTimeout(pending);
		pending = window.setTimeout(render, 150);
	}).observe(main, { childList: true, subtree: true, characterData: true });
}
