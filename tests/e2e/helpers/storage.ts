import type { BrowserContext, Page } from '@playwright/test';
import { STORAGE_KEY } from '../../../src/lib/progress/store.ts';

/** Makes every page of `context` throw on `localStorage`, as a browser that blocks storage does. */
export async function blockStorage(context: BrowserContext) {
	await context.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('blocked', 'SecurityError');
			},
		});
	});
}

/** The progress record as the page stored it (`{}` when there is none), read in the page. */
export function storedRecord(page: Page) {
	return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY);
}
