import { describe, expect, it } from 'vitest';
import { loadWeakPhrases, weakPhraseList } from '../../../src/lib/practice/weak-phrases-client.ts';

const calmDown = { id: 'calm-down', variants: ['calm down'], why: 'It tells them their feeling is wrong.', instead: 'Name the feeling.' };

describe('the phrase list as a page fetches it', () => {
	it('is read once per page, and checked', async () => {
		let asked = 0;
		const fetchJson = async () => {
			asked++;
			return [calmDown];
		};
		expect(await loadWeakPhrases('/en/weak-phrases.json?a', fetchJson)).toEqual([calmDown]);
		expect(await loadWeakPhrases('/en/weak-phrases.json?a', fetchJson)).toEqual([calmDown]);
		expect(asked).toBe(1);
	});

	it('is an empty list when it cannot be fetched or is not what the site writes, so the lint finds nothing', async () => {
		expect(await loadWeakPhrases('/en/weak-phrases.json?b', () => Promise.reject(new Error('offline')))).toEqual([]);
		expect(await loadWeakPhrases('/en/weak-phrases.json?c', async () => ({ phrases: [] }))).toEqual([]);
	});

	it('names the field that is wrong', () => {
		expect(() => weakPhraseList([calmDown, { ...calmDown, variants: [] }], 'list')).toThrow(/list\.1\.variants/);
		expect(() => weakPhraseList([{ ...calmDown, why: 'x'.repeat(500) }], 'list')).toThrow(/list\.0\.why/);
	});
});
