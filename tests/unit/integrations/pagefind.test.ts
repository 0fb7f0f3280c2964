import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedPart, pageUrl, pagefindIndex, writeBundle } from '../../../src/integrations/pagefind.ts';

describe('pages handed to Pagefind while rendering', () => {
	it('gives each file the address a visitor opens, as indexing the directory did', () => {
		expect(pageUrl('en/agents/hold-done-right/index.html')).toBe('/en/agents/hold-done-right/');
		expect(pageUrl('index.html')).toBe('/');
		expect(pageUrl('404.html')).toBe('/404.html');
	});

	it('hands over the head and the indexed part, without inline code, island data, header or footer', () => {
		const html =
			'<!DOCTYPE html><html lang="fr"><head><title>Attente</title><style>main{color:red}</style><script type="module">let a = "<b>x</b>";</script></head>' +
			'<body><header><nav><a href="/fr/">Accueil</a></nav></header>' +
			'<main id="main" data-pagefind-body><span hidden data-pagefind-filter="track:agents"></span><h1>La mise en attente</h1>' +
			'<script type="application/json">{"q":1}</script><p>Annoncez la durée.</p>' +
			'<astro-island uid="Z1" component-url="/_astro/Quiz.js" props="{&quot;quiz&quot;:[0,{&quot;q&quot;:[0,&quot;Quelle durée ?&quot;]}]}" ssr client="visible"><p>Quiz</p></astro-island></main>' +
			'<footer><p>Both Ends</p></footer></body></html>';
		expect(indexedPart(html)).toBe(
			'<!DOCTYPE html><html lang="fr"><head><title>Attente</title><style></style><script></script></head>' +
				'<body><main id="main" data-pagefind-body><span hidden data-pagefind-filter="track:agents"></span><h1>La mise en attente</h1>' +
				'<script></script><p>Annoncez la durée.</p>' +
				'<astro-island uid="Z1" component-url="/_astro/Quiz.js" ssr client="visible"><p>Quiz</p></astro-island></main></body></html>',
		);
	});

	it('hands over nothing of a page with no part to index, which Pagefind would leave out', () => {
		expect(
			indexedPart('<html lang="en"><head><title>Print</title></head><body><main id="main"><h1>Prep sheet</h1></main></body></html>'),
		).toBeUndefined();
	});
});

describe('the written index', () => {
	it('cannot be waited for before the build has reached its end, and says so', async () => {
		await expect(pagefindIndex().written()).rejects.toThrow('has not reached astro:build:done');
	});

	it('is written file for file as Pagefind returned it, each in its folder', async () => {
		const site = await mkdtemp(join(tmpdir(), 'both-ends-bundle-'));
		try {
			const bundle = new Map<string, Uint8Array>([
				['pagefind-entry.json', Buffer.from('{"version":"1.6.0"}')],
				['fragment/en_3c1f2a9.pf_fragment', Uint8Array.of(31, 139, 8, 0)],
				['index/fr_77ab01c.pf_index', Uint8Array.of(1, 2, 3)],
				['pagefind.js', Buffer.from('export {}')],
			]);
			await writeBundle(join(site, 'pagefind'), bundle);
			const written = await readdir(join(site, 'pagefind'), { recursive: true, withFileTypes: true });
			expect(written.filter((entry) => entry.isFile()).length).toBe(bundle.size);
			for (const [path, content] of bundle) {
				expect(new Uint8Array(await readFile(join(site, 'pagefind', path)))).toEqual(new Uint8Array(content));
			}
		} finally {
			await rm(site, { recursive: true, force: true });
		}
	});
});
