/**
 * Lighthouse on one page of each kind: `npm run lighthouse` after a build made for the address
 * it is served from (the canonical and language links must be on that host):
 *
 *   SITE_URL=http://localhost:4333 npm run build && npm run lighthouse
 *
 * Runs the `lighthouse` npm package through npx (it is not a dependency: about 400 packages for a
 * check run by hand) with the system Chromium, mobile settings (Lighthouse's default), and prints
 * each page's four scores. Exits non-zero when a page scores under 95 in performance or under 100
 * in accessibility, best practices or SEO.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findChromium, SYSTEM_CHROMIUM } from './chromium.ts';
import { serveDist } from './serve.ts';

const run = promisify(execFile);
const port = 4333;
const pages = {
	home: '/en/',
	module: '/en/agents/hold-done-right/',
	'role-play': '/en/practice/cold-call/',
	builder: '/en/trainers/assign/',
	review: '/en/review/',
};
const bars = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

const choice = findChromium();
const chrome = (choice.found && choice.executablePath) || SYSTEM_CHROMIUM;
const server = await serveDist(port);
const failures: string[] = [];
try {
	for (const [name, path] of Object.entries(pages)) {
		// Asynchronously: the server answering Lighthouse runs in this process, and a synchronous
		// call would block it (Chromium then gives up on the page).
		const { stdout: report } = await run(
			'npx',
			[
				'--yes',
				'lighthouse@13',
				`http://localhost:${port}${path}`,
				'--output=json',
				'--output-path=stdout',
				'--quiet',
				// Without these, Chromium in a container closes its tab mid-run (small /dev/shm, no GPU).
				'--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage --disable-gpu',
			],
			{ encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, CHROME_PATH: chrome } },
		);
		const { categories } = JSON.parse(report) as { categories: Record<keyof typeof bars, { score: number }> };
		const scores = Object.fromEntries(Object.keys(bars).map((id) => [id, Math.round(categories[id as keyof typeof bars].score * 100)]));
		console.log(
			`${name.padEnd(10)} ${path.padEnd(32)} ${Object.entries(scores)
				.map(([id, score]) => `${id} ${score}`)
				.join(' · ')}`,
		);
		for (const [id, bar] of Object.entries(bars)) if (scores[id]! < bar) failures.push(`${name} ${id} ${scores[id]} < ${bar}`);
	}
} finally {
	server.close();
}
if (failures.length > 0) {
	console.error(`\nUnder the bar:\n- ${failures.join('\n- ')}`);
	process.exit(1);
}
