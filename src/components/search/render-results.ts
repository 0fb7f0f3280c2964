import { fill, plural } from '../../lib/i18n/format.ts';
import { isLocale } from '../../lib/i18n/locales.ts';
import type { SearchHit } from '../../lib/search/pagefind-client';

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

/** Fills a list with result items: a link to the page and its excerpt. */
export function renderResults(list: HTMLElement, hits: readonly SearchHit[], labels: Record<string, string>): void {
	list.replaceChildren(
		...hits.map((hit) => {
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
		}),
	);
}

/** "1 result" or "N results", in the page's language (its plural rules and number format). */
export function countMessage(labels: Record<string, string>, total: number, query: string): string {
	if (total === 0) return fill(labels.empty ?? '', { query });
	const locale = isLocale(labels.locale) ? labels.locale : 'en';
	return plural(locale, { one: labels['count.one'], other: labels['count.other'] ?? '' }, total, { query });
}
