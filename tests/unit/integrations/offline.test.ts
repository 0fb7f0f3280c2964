import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { offlineSupport } from '../../../src/integrations/offline.ts';

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} } as unknown as AstroIntegrationLogger;
const sites: string[] = [];
afterEach(() => sites.splice(0).forEach((site) => rmSync(site, { recursive: true, force: true })));

/** Runs the integration's end-of-build hook on a built site holding `files`. */
async function runOn(files: Record<string, string>, waitFor: () => Promise<unknown>) {
	const site = mkdtempSync(join(tmpdir(), 'both-ends-offline-'));
	sites.push(site);
	for (const [file, content] of Object.entries(files)) {
		mkdirSync(join(site, file, '..'), { recursive: true });
		writeFileSync(join(site, file), content);
	}
	const hook = offlineSupport({ stillWriting: { folder: 'pagefind', done: waitFor } }).hooks['astro:build:done'] as (
		options: unknown,
	) => Promise<void>;
	await hook({ dir: pathToFileURL(`${site}/`), logger });
	return (lang: string) => JSON.parse(readFileSync(join(site, 'offline', `${lang}.json`), 'utf8')) as { files: [string, number, string][] };
}

describe('offlineSupport', () => {
	it('lists the search index Pagefind is still writing when its turn comes, once it is written', async () => {
		const listOf = await runOn({ 'en/index.html': '<h1>Home</h1>', 'fr/index.html': '<h1>Accueil</h1>' }, async () => {
			await new Promise((resolve) => setTimeout(resolve, 50));
			const site = sites.at(-1)!;
			mkdirSync(join(site, 'pagefind'), { recursive: true });
			writeFileSync(join(site, 'pagefind', 'pagefind-entry.json'), '{"version":"1.6.0"}');
			writeFileSync(join(site, 'pagefind', 'pagefind.en_abc.pf_meta'), 'meta');
		});
		const english = listOf('en').files.map(([url]) => url);
		expect(english).toEqual(expect.arrayContaining(['/en/', '/pagefind/pagefind-entry.json', '/pagefind/pagefind.en_abc.pf_meta']));
		expect(listOf('fr').files.map(([url]) => url)).not.toContain('/pagefind/pagefind.en_abc.pf_meta');
	});

	it('hashes the search index as it is once written, not as it was when its turn came', async () => {
		const before = { 'pagefind/pagefind.fr_1.pf_meta': 'fr, first writing', 'pagefind/index/fr_old.pf_index': 'fr, replaced' };
		const listOf = await runOn({ 'fr/index.html': '<h1>Accueil</h1>', ...before }, async () => {
			await new Promise((resolve) => setTimeout(resolve, 50));
			const site = sites.at(-1)!;
			writeFileSync(join(site, 'pagefind', 'pagefind.fr_1.pf_meta'), 'fr, written again');
			rmSync(join(site, 'pagefind', 'index', 'fr_old.pf_index'));
			writeFileSync(join(site, 'pagefind', 'index', 'fr_new.pf_index'), 'fr, re-cut');
		});
		const files = listOf('fr').files;
		const urls = files.map(([url]) => url);
		expect(urls).toEqual(['/fr/', '/pagefind/index/fr_new.pf_index', '/pagefind/pagefind.fr_1.pf_meta', '/offline/sizes.json']);
		const meta = files.find(([url]) => url === '/pagefind/pagefind.fr_1.pf_meta')!;
		expect(meta[1]).toBe(Buffer.byteLength('fr, written again'));
		expect(meta[2]).toBe(createHash('sha256').update('fr, written again').digest('hex').slice(0, 16));
	});

	it('fails the build when what it waits for failed', async () => {
		await expect(runOn({ 'en/index.html': '<h1>Home</h1>' }, () => Promise.reject(new Error('Failed to run Pagefind.')))).rejects.toThrow(
			'Failed to run Pagefind.',
		);
	});
});
