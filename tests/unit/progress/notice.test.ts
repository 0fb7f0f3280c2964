import { describe, expect, it } from 'vitest';
import { savesProgress, showStorageNotice } from '../../../src/lib/progress/notice.ts';
import type { StorageState } from '../../../src/lib/progress/store.ts';

const NOT_OK = ['recovered', 'blocked', 'read-only', 'memory-only'] as const satisfies readonly StorageState[];

/** Just enough DOM for the notice: a hidden container and one hidden paragraph per state, as StorageNotice.astro renders them. */
function fakePage(withNotice = true) {
	const paragraphs = NOT_OK.map((state) => ({ hidden: true, dataset: { state } as DOMStringMap }));
	const notice = {
		hidden: true,
		querySelectorAll: (selector: string) => {
			expect(selector).toBe('[data-state]');
			return paragraphs;
		},
	};
	const page = {
		querySelector: (selector: string) => {
			expect(selector).toBe('[data-storage-notice]');
			return withNotice ? notice : null;
		},
	} as unknown as Pick<ParentNode, 'querySelector'>;
	/** The states whose words a reader sees: none while the container is hidden. */
	const shown = () => (notice.hidden ? [] : paragraphs.filter((p) => !p.hidden).map((p) => p.dataset.state));
	return { page, notice, shown };
}

describe('showStorageNotice', () => {
	it.each(NOT_OK)('shows the notice with only the %s paragraph', (state) => {
		const { page, shown } = fakePage();
		showStorageNotice(state, page);
		expect(shown()).toEqual([state]);
	});

	it('switches paragraphs when the state changes, and hides the notice when storage is fine again', () => {
		const { page, notice, shown } = fakePage();
		showStorageNotice('recovered', page);
		showStorageNotice('read-only', page);
		expect(shown()).toEqual(['read-only']);
		showStorageNotice('ok', page);
		expect(notice.hidden).toBe(true);
		expect(shown()).toEqual([]);
	});

	it('does nothing on a page without the notice', () => {
		const { page } = fakePage(false);
		expect(() => showStorageNotice('blocked', page)).not.toThrow();
	});
});

describe('savesProgress', () => {
	it('is true only where writes reach the device', () => {
		expect(savesProgress('ok')).toBe(true);
		expect(savesProgress('recovered')).toBe(true);
		expect(savesProgress('blocked')).toBe(false);
		expect(savesProgress('read-only')).toBe(false);
		expect(savesProgress('memory-only')).toBe(false);
	});
});
