import { fill, plural } from '../../lib/i18n/format.ts';
import { isLocale } from '../../lib/i18n/locales.ts';
import type { SearchHit, SearchOutcome } from '../../lib/search/pagefind-client';

/**
 * Copies a Pagefind excerpt into safe DOM: only text and `<mark>` survive, whatever the
 * excerpt holds, so nothing in the index can inject markup.
 */
function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
	const template = document.createElement('template');
	template.innerHTML = excerptHtml;
	for (const node of template.content.childNodes) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			target.append(mark);
		} else {
			target.append(document.createTextNode(node.textContent ?? ''));
		}
	}
}

/**
 * Fills a list with the first results, and a "More results" button after it while more match:
 * each press fetches the next few and moves focus to the first new one, so a keyboard user
 * carries on reading where the list grew.
 */
export function renderResults(list: HTMLElement, outcome: SearchOutcome, labels: Record<string, string>): void {
	list.replaceChildren(...outcome.hits.map((hit) => resultItem(hit, labels)));
	// A new query replaces the last one's button too.
	if (list.nextElementSibling?.matches('[data-search-more]')) list.nextElementSibling.remove();
	let shown = outcome.hits.length;
	if (shown >= outcome.total) return;
	const more = document.createElement('button');
	more.type = 'button';
	more.className = 'button secondary';
	more.dataset.searchMore = '';
	more.textContent = labels.more ?? '';
	more.addEventListener('click', async () => {
		more.disabled = true;
		const hits = await outcome.more().catch(() => []);
		const items = hits.map((hit) => resultItem(hit, labels));
		list.append(...items);
		shown += hits.length;
		items[0]?.querySelector('a')?.focus();
		if (shown >= outcome.total || hits.length === 0) more.remove();
		else more.disabled = false;
	});
	list.after(more);
}

function resultItem(hit: SearchHit, labels: Record<string, string>): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = hit.url;
	link.textContent = hit.title;
	const heading = document.createElement('h3');
	heading.append(link);
	item.append(heading);
	const label = [hit.type && labels[`type.${hit.type}`], hit.track && labels[`track.${hit.track}`]].filter(Boolean).join(' · ');
	if (label) {
		const meta = document.createElement('p');
		meta.className = 'meta';
		meta.textContent = label;
		item.append(meta);
	}
	const excerpt = document.createElement('p');
	appendExcerpt(excerpt, hit.excerpt);
	item.append(excerpt);
	return item;
}

/** "1 result" or "N results", in the page's language (its plural rules and number format). */
export function countMessage(labels: Record<string, string>, total: number, query: string): string {
	if (total === 0) return fill(labels.empty ?? '', { query });
	const locale = isLocale(labels.locale) ? labels.locale : 'en';
	return plural(locale, { one: labels['count.one'], other: labels['count.other'] ?? '' }, total, { query });
}
