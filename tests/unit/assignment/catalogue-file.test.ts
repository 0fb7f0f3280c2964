import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../../../src/lib/assignment/catalogue-file.ts';

describe('readCatalogue', () => {
	it('keeps well-formed items and drops the rest', () => {
		const good = {
			key: 'm:agents/hold-done-right',
			kind: 'module',
			track: 'agents',
			title: 'Hold, done right',
			href: '/en/agents/hold-done-right/',
		};
		expect(readCatalogue([good, { ...good, kind: 'video' }, null, { key: 3 }])).toEqual([good]);
	});

	it('refuses a file that is not a list', () => {
		expect(() => readCatalogue({ items: [] })).toThrow(/not a list/);
	});
});
