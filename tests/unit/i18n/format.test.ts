import { describe, expect, it } from 'vitest';
import { formatMegabytes } from '../../../src/lib/i18n/format.ts';

describe('formatMegabytes', () => {
	it('writes a size the way each language does, to one decimal', () => {
		expect(formatMegabytes('en', 8_281_110)).toBe('8.3 MB');
		expect(formatMegabytes('fr', 8_281_110)).toBe('8,3\u202fMo');
		expect(formatMegabytes('it', 8_281_110)).toBe('8,3 MB');
	});

	it('never shows a small copy as nothing, and nothing as nothing', () => {
		expect(formatMegabytes('en', 2_000)).toBe('0.1 MB');
		expect(formatMegabytes('en', 0)).toBe('0 MB');
	});
});
