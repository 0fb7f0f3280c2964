import { describe, expect, it } from 'vitest';
import { dueCountIn, MAX_STORED_CHARS } from '../../../src/lib/progress/due-count.ts';
import { MAX_STORED_CHARS as STORE_BOUND } from '../../../src/lib/progress/storage-keys.ts';

const card = (due: string) => ({ due });

describe('the header’s count of due cards', () => {
	it('counts the cards due by now, and none of the later ones', () => {
		const text = JSON.stringify({
			cards: { a: card('2026-12-01T09:00:00.000Z'), b: card('2026-12-03T09:00:00.000Z'), c: card('2026-12-09T09:00:00.000Z') },
		});
		expect(dueCountIn(text, '2026-12-03T10:00:00.000Z')).toBe(2);
	});

	it('says 0 without cards, and nothing about data it cannot read', () => {
		expect(dueCountIn(JSON.stringify({ version: 2 }), '2026-12-03T10:00:00.000Z')).toBe(0);
		expect(dueCountIn(null, '2026-12-03T10:00:00.000Z')).toBeUndefined();
		expect(dueCountIn('{"cards":', '2026-12-03T10:00:00.000Z')).toBeUndefined();
		expect(dueCountIn('{"cards":[1,2]}', '2026-12-03T10:00:00.000Z')).toBeUndefined();
		expect(dueCountIn(JSON.stringify({ cards: { a: { due: 7 }, b: 'x', c: card('soon') } }), '2026-12-03T10:00:00.000Z')).toBe(0);
	});

	it('reads no more than the store would', () => {
		expect(MAX_STORED_CHARS).toBe(STORE_BOUND);
		expect(dueCountIn(`{"cards":{},"x":"${'x'.repeat(MAX_STORED_CHARS)}"}`, '2026-12-03T10:00:00.000Z')).toBeUndefined();
	});
});
