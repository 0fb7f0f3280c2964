import { describe, expect, it } from 'vitest';
import { itemsToDrop, qrCode } from '../../../src/lib/assignment/qr.ts';

describe('QR codes', () => {
	it('draws a square code for a short link', () => {
		const code = qrCode('https://example.org/en/assignment/#a=abc');
		expect(code?.size).toBeGreaterThanOrEqual(21);
		expect(code?.path).toMatch(/^M\d/);
	});

	it('says when a link is too long for any QR code', () => {
		expect(qrCode('x'.repeat(3000))).toBeNull();
	});

	it('counts how many items must go for the link to fit', () => {
		const link = (kept: number) => `https://example.org/#${'item-with-a-long-name,'.repeat(kept * 10)}`;
		const drop = itemsToDrop(20, link);
		expect(drop).toBeGreaterThan(0);
		expect(qrCode(link(20 - drop!))).not.toBeNull();
		expect(qrCode(link(20 - drop! + 1))).toBeNull();
		expect(itemsToDrop(1, () => 'x'.repeat(5000))).toBeNull();
		expect(itemsToDrop(3, () => 'short')).toBe(0);
	});
});
