/**
 * Run by `npm test` before the build: on a machine without Chromium, say in one line how to get
 * one, instead of a browser test's stack trace minutes later.
 */
import { findChromium } from './chromium.ts';

const choice = findChromium();
if (!choice.found) {
	console.error(choice.problem);
	process.exit(1);
}
