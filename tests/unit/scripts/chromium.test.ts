import { describe, expect, it } from 'vitest';
import { chooseChromium, SYSTEM_CHROMIUM } from '../../../scripts/chromium.ts';

const PLAYWRIGHT_OWN = '/home/me/.cache/ms-playwright/chromium-1/chrome';
/** A machine whose files are exactly `present`. */
function machine(...present: string[]) {
	return (path: string) => present.includes(path);
}

describe('where the browser tests find Chromium', () => {
	it('takes CHROMIUM_PATH first, when it names a file', () => {
		expect(chooseChromium('/opt/chromium', machine('/opt/chromium', SYSTEM_CHROMIUM), PLAYWRIGHT_OWN)).toEqual({
			found: true,
			executablePath: '/opt/chromium',
		});
	});

	it('reports a CHROMIUM_PATH that names nothing, rather than using another browser', () => {
		const choice = chooseChromium('/nonexistent', machine(SYSTEM_CHROMIUM, PLAYWRIGHT_OWN), PLAYWRIGHT_OWN);
		expect(choice.found).toBe(false);
		if (!choice.found) expect(choice.problem).toContain('/nonexistent');
	});

	it("uses the system's Chromium when CHROMIUM_PATH is unset or empty", () => {
		for (const env of [undefined, '']) {
			expect(chooseChromium(env, machine(SYSTEM_CHROMIUM, PLAYWRIGHT_OWN), PLAYWRIGHT_OWN)).toEqual({
				found: true,
				executablePath: SYSTEM_CHROMIUM,
			});
		}
	});

	it("falls back to Playwright's own browser, letting Playwright find it", () => {
		expect(chooseChromium(undefined, machine(PLAYWRIGHT_OWN), PLAYWRIGHT_OWN)).toEqual({ found: true, executablePath: undefined });
	});

	it('with none at all, says in one line how to get one', () => {
		for (const own of [PLAYWRIGHT_OWN, undefined]) {
			const choice = chooseChromium(undefined, machine(), own);
			expect(choice.found).toBe(false);
			if (!choice.found) {
				expect(choice.problem).not.toContain('\n');
				expect(choice.problem).toMatch(/CHROMIUM_PATH.*apt-get install chromium/);
			}
		}
	});
});
