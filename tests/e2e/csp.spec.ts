import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { builtPages } from '../../scripts/site-pages.ts';
import { encodeCompletion } from '../../src/lib/assignment/code.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { parsePolicy } from '../../src/integrations/csp-headers.ts';
import { answer, loadQuiz, sayHowSure } from './helpers/quiz.ts';
import { quizStrings } from './helpers/quiz-strings.ts';
import { startCall } from './helpers/roleplay.ts';

// Every page runs under two policies: its own <meta> tag and the header scripts/serve.ts sends
// from dist/_headers. A blocked script, stylesheet, style attribute, worker or WebAssembly
// compile fires `securitypolicyviolation` on the document and logs a console error.

const en = catalogues.en;

declare global {
	interface Window {
		/** Violations the init script saw on this document. */
		__cspViolations?: string[];
	}
}

/** Records every violation on every document of `context`, and every console error or warning. */
async function watch(context: BrowserContext): Promise<{ console: string[] }> {
	await context.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.__cspViolations?.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
			);
		});
	});
	const seen = { console: [] as string[] };
	context.on('console', (message) => {
		const text = message.text();
		// Pagefind warns, rather than fails, when its worker cannot start, and Chromium only warns of
		// a Permissions-Policy feature it does not know: neither may pass.
		if (message.type() === 'error' || /content security policy|permissions-policy|pagefind/i.test(text)) {
			seen.console.push(`${message.page()?.url() ?? 'worker'}: ${text}`);
		}
	});
	return seen;
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

/** Brings each island into view (most hydrate when visible) and waits until all have hydrated. */
async function hydrateAll(page: Page) {
	// An island is `display: contents`, so its first child is what scrolls and what Astro observes.
	await page.locator('astro-island').evaluateAll(async (islands) => {
		for (const island of islands) {
			(island.firstElementChild ?? island).scrollIntoView();
			await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		}
	});
	// Astro removes `ssr` from an island once its code has run.
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

const pages = builtPages();
const CHUNKS = 6;

test('the build has pages, each with its policy in a <meta> tag and in the header', async ({ request }) => {
	expect(pages.length).toBeGreaterThan(20);
	const response = await request.get('/en/');
	const header = response.headers()['content-security-policy'] ?? '';
	for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
		expect(header).toContain(directive);
	}
	expect(header).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
	// A long policy comes as two (joined by a comma), and browsers enforce both: inline code is
	// never allowed outright, and where one policy leaves inline styles to the other, that other
	// one allows only their hashes.
	const policies = header.split(',').map((text) => parsePolicy(text));
	for (const policy of policies) expect(policy.get('script-src') ?? []).not.toContain("'unsafe-inline'");
	const styleLists = policies.map((policy) => policy.get('style-src') ?? policy.get('default-src') ?? []);
	expect(styleLists.some((list) => !list.includes("'unsafe-inline'") && list.some((source) => source.startsWith("'sha256-")))).toBe(true);
	expect(response.headers()['x-content-type-options']).toBe('nosniff');
	expect(response.headers()['referrer-policy']).toBe('no-referrer');
	expect(response.headers()['permissions-policy']).toContain('camera=()');
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(await response.text())?.[1] ?? '';
	expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
	expect(meta).not.toContain('unsafe-inline');
	// A meta tag cannot carry frame-ancestors (browsers ignore it there, with an error).
	expect(meta).not.toContain('frame-ancestors');
});

for (let chunk = 0; chunk < CHUNKS; chunk += 1) {
	const share = pages.filter((_, index) => index % CHUNKS === chunk);
	test(`pages ${chunk + 1} of ${CHUNKS}: each loads and hydrates with no policy violation`, async ({ browser }) => {
		test.setTimeout(share.length * 3_000);
		const context = await browser.newContext();
		const seen = await watch(context);
		const page = await context.newPage();
		const found: string[] = [];
		for (const path of share) {
			const response = await page.goto(path);
			expect(response?.headers()['content-security-policy'], path).toBeTruthy();
			await hydrateAll(page);
			found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
		}
		expect(found).toEqual([]);
		expect(seen.console).toEqual([]);
		await context.close();
	});
}

test.describe('every interactive feature works under the policy', () => {
	let seen: { console: string[] };
	test.beforeEach(async ({ context }) => {
		seen = await watch(context);
	});
	test.afterEach(async ({ page }) => {
		expect(await violations(page)).toEqual([]);
		expect(seen.console).toEqual([]);
	});

	test('search: the dialog runs Pagefind (script and WebAssembly, on the page), and the search page too', async ({ page }) => {
		const wasm: string[] = [];
		page.on('response', (response) => {
			if (response.url().endsWith('.pagefind') && response.ok()) wasm.push(new URL(response.url()).pathname);
		});
		await page.goto('/en/');
		await page.keyboard.press('Control+k');
		const box = page.getByRole('dialog', { name: en.search.label });
		await expect(box.getByRole('searchbox')).toBeFocused();
		await page.keyboard.type('hold');
		await expect(box.getByRole('link', { name: /hold/i }).first()).toBeVisible();
		// Pagefind searched on the page (no worker: pagefind-client.ts), with its WebAssembly allowed.
		expect(wasm).toContain('/pagefind/wasm.en.pagefind');
		expect(page.workers()).toEqual([]);
		expect(await violations(page)).toEqual([]);

		await page.goto('/en/search/?q=hold');
		await expect(page.getByRole('link', { name: 'Hold, done right', exact: true })).toBeVisible();
	});

	test('a quiz answer is checked', async ({ page }) => {
		const s = quizStrings('en');
		const quiz = loadQuiz('first-ten-seconds');
		await page.goto(`/en/quiz/${quiz.id}/`);
		await answer(page, quiz.questions[0]!, 'en', true);
		await sayHowSure(page, 'en', true);
		await page.getByRole('button', { name: s.check, exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: s.verdictRight })).toBeVisible();
	});

	test('a role-play call starts', async ({ page }) => {
		await page.goto('/en/practice/cold-call/');
		await startCall(page, en.roleplay, 'practice');
		await expect(page.getByRole('group', { name: en.roleplay.yourTurn })).toBeVisible();
	});

	test.describe('with motion allowed', () => {
		test.use({ reducedMotion: 'no-preference' });

		test('the breathing reset starts, and its circle moves without a style attribute', async ({ page }) => {
			await page.goto('/en/tools/reset/');
			const start = page.getByRole('button', { name: en.tools.reset.start, exact: true });
			await expect(start).toBeEnabled();
			const circle = page.locator('.reset .circle');
			await expect(circle).toBeVisible();
			await start.click();
			await expect(page.getByRole('status').filter({ hasText: en.tools.reset.phases.in })).toBeVisible();
			// Set through the CSSOM once hydrated, which the policy allows.
			await expect.poll(() => circle.evaluate((el) => getComputedStyle(el).getPropertyValue('--fill').trim())).not.toBe('0');
			await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
			await page.getByRole('button', { name: en.tools.reset.stop, exact: true }).click();
		});
	});

	test('the assignment builder creates a link, and the link opens the assignment', async ({ page }) => {
		const a = en.assignment;
		await page.goto('/en/trainers/assign/');
		await expect(page.getByRole('button', { name: a.create })).toBeEnabled();
		await page.getByRole('textbox', { name: a.titleLabel }).fill('Policy check');
		await page.getByRole('searchbox', { name: a.filterLabel }).fill('hold');
		await page.getByRole('group', { name: a.pickLegend }).getByRole('checkbox').first().check();
		await page.getByRole('button', { name: a.create }).click();
		await expect(page.getByRole('img', { name: a.qrLabel })).toBeVisible();
		const link = await page.getByRole('textbox', { name: a.linkLabel }).inputValue();
		expect(link).toContain('#');
		expect(await violations(page)).toEqual([]);

		await page.goto(new URL(link).pathname + new URL(link).hash);
		await expect(page.getByRole('heading', { name: 'Policy check' })).toBeVisible();
	});

	test('the results review reads a pasted code', async ({ page }) => {
		const a = en.assignment;
		const code = encodeCompletion({
			v: 2,
			a: 'policy123',
			t: 'Policy check',
			p: 70,
			n: 'Ada',
			r: [['m:agents/hold-done-right', null, '2026-11-20', '-', 0]],
		});
		await page.goto('/en/trainers/review/');
		await expect(page.getByRole('button', { name: a.readCodes })).toBeEnabled();
		await page.getByRole('textbox', { name: a.pasteLabel }).fill(code);
		await page.getByRole('button', { name: a.readCodes }).click();
		await expect(page.getByRole('table', { name: a.tableCaption }).locator('tbody tr')).toHaveCount(1);
	});

	test('My progress exports a module marked as read', async ({ page }) => {
		const p = en.progress;
		await page.goto('/en/agents/first-ten-seconds/');
		await page.getByRole('button', { name: p.markRead }).click();
		await expect(page.getByText(p.readOn)).toBeVisible();
		await page.goto('/en/progress/');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: p.exportButton }).click();
		expect((await download).suggestedFilename()).toMatch(/\.json$/);
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 360, height: 780 } });

		test('the header menu opens and closes', async ({ page }) => {
			await page.goto('/en/agents/hold-done-right/');
			const menu = page.getByRole('button', { name: en.nav.menu });
			await menu.click();
			await expect(page.getByRole('navigation', { name: en.nav.label })).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(menu).toHaveAttribute('aria-expanded', 'false');
		});
	});
});
