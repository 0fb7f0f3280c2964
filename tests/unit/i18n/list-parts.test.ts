import { describe, expect, it } from 'vitest';
import { formatList } from '../../../src/lib/i18n/format.ts';
import { listParts } from '../../../src/lib/i18n/list-parts.ts';
import { locales } from '../../../src/lib/i18n/locales.ts';

const links = [
	{ href: '/a/', title: 'Hold, done right' },
	{ href: '/b/', title: 'The first ten seconds' },
	{ href: '/c/', title: 'Own the problem' },
];

/** The parts put back together as text. */
const text = (parts: ReturnType<typeof listParts<(typeof links)[number]>>) =>
	parts.map((part) => (part.type === 'item' ? part.item.title : part.text)).join('');

describe('listParts', () => {
	it.each(locales)('%s: reads exactly like formatList, items in order', (locale) => {
		for (const count of [1, 2, 3]) {
			const items = links.slice(0, count);
			const parts = listParts(locale, items, (link) => link.title);
			expect(text(parts)).toBe(
				formatList(
					locale,
					items.map((link) => link.title),
				),
			);
			expect(parts.flatMap((part) => (part.type === 'item' ? [part.item] : []))).toEqual(items);
		}
	});

	it('never puts a space before a comma', () => {
		for (const locale of locales) expect(text(listParts(locale, links, (link) => link.title))).not.toMatch(/ ,/);
	});

	it('is empty for no items', () => {
		expect(listParts('en', [], String)).toEqual([]);
	});
});
