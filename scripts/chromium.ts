/**
 * Which Chromium the browser tests and the budget script launch. Playwright cannot download its
 * own browsers on our machines, so Chromium comes from the system: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else one that Playwright installed earlier.
 */
import { statSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Debian's and Ubuntu's package puts it here (`apt-get install chromium`). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** What to launch: a path, or `undefined` for Playwright's own browser; or why there is none. */
export type ChromiumChoice = { found: true; executablePath: string | undefined } | { found: false; problem: string };

/**
 * Decides where Chromium is. A CHROMIUM_PATH that is set wins, and must name a file: a wrong one
 * is reported rather than quietly replaced by another browser.
 */
export function chooseChromium(
	envPath: string | undefined,
	exists: (path: string) => boolean,
	playwrightOwn: string | undefined,
): ChromiumChoice {
	if (envPath) {
		return exists(envPath)
			? { found: true, executablePath: envPath }
			: { found: false, problem: `CHROMIUM_PATH is set to ${envPath}, but there is no such file: point it at a Chromium, or unset it.` };
	}
	if (exists(SYSTEM_CHROMIUM)) return { found: true, executablePath: SYSTEM_CHROMIUM };
	if (playwrightOwn && exists(playwrightOwn)) return { found: true, executablePath: undefined };
	return { found: false, problem: 'No Chromium found: set CHROMIUM_PATH or install it (Debian: apt-get install chromium).' };
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** Where Playwright keeps a browser it installed; it throws on systems it has no build for. */
function playwrightChromium(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** `chooseChromium` on this machine. */
export function findChromium(): ChromiumChoice {
	return chooseChromium(process.env.CHROMIUM_PATH, isFile, playwrightChromium());
}

/** How Playwright and the budget script launch Chromium: headless, no sandbox, nothing phoning home. */
export function chromiumLaunchOptions(): LaunchOptions {
	const choice = findChromium();
	return {
		executablePath: choice.found ? choice.executablePath : undefined,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	};
}
