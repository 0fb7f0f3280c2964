import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { withSmallerChunks } from '../../../src/integrations/pagefind-chunks.ts';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
	indexedPart,
	mergeEntries,
	pageLanguage,
	pagefindIndex,
	pagefindPart,
	pageUrl,
	recutIndex,
	writeBundle,
	type PagefindEntry,
} from '../../../src/integrations/pagefind.ts';

afterAll(async () => {
	await pagefind.close();
});

/** A page as the site renders it: its language, and the part Pagefind indexes. */
function page(lang: string, title: string, text: string): string {
	return `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><header>Both Ends</header><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
}

/** Every file under `dir`, by path relative to it. */
async function filesUnder(dir: string): Promise<Map<string, Buffer>> {
	const names = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = new Map<string, Buffer>();
	for (const entry of names.filter((name) => name.isFile())) {
		const path = join(entry.parentPath, entry.name);
		files.set(path.slice(dir.length + 1), await readFile(path));
	}
	return files;
}

/**
 * `pagefindIndex()` in a build of `site`, its hooks called as Astro calls them: `render` writes
 * each page as Astro does and hands it over as the page steps do, in the order given; `end` ends
 * the build and waits for the index.
 */
async function buildOf(site: string) {
	const search = pagefindIndex();
	const hooks = search.hooks as Record<string, (options: unknown) => Promise<void> | void>;
	await hooks['astro:config:done']!({ config: { outDir: pathToFileURL(`${site}/`) } });
	await hooks['astro:build:start']!({});
	return {
		search,
		async render(pages: Iterable<readonly [file: string, html: string]>) {
			for (const [file, html] of pages) {
				await mkdir(join(site, dirname(file)), { recursive: true });
				await writeFile(join(site, file), html);
				search.pageStep.noted(file, pagefindPart(file, html).note);
			}
		},
		async end(logger: Record<string, (message: string) => void>) {
			await hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger });
			await search.written();
		},
	};
}

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

	it('reads the language each page is indexed under, as the page declares it', () => {
		expect(pageLanguage('<!DOCTYPE html><html lang="fr" data-theme="dark"><head>')).toBe('fr');
		expect(pageLanguage("<html class='x' lang='IT'>")).toBe('it');
		expect(pageLanguage('<html lang=en>')).toBe('en');
		expect(pageLanguage('<html><head><meta lang="en">')).toBeUndefined();
		expect(pageLanguage('<html lang="">')).toBeUndefined();
	});

	it('gives Pagefind the language and the indexed part, and refuses a page to index that has no language', () => {
		const html = page('it', 'Attesa', 'Annunci la durata.');
		expect(pagefindPart('it/attesa/index.html', html)).toEqual({ html, note: { lang: 'it', part: indexedPart(html) } });
		const noBody = '<html lang="en"><head><title>Print</title></head><body><main><h1>Prep</h1></main></body></html>';
		expect(pagefindPart('en/print/index.html', noBody).note).toBeUndefined();
		expect(() => pagefindPart('x/index.html', page('', 'No language', 'Text'))).toThrow('no <html lang>');
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

describe('an index per language', () => {
	const entry = (languages: PagefindEntry['languages']): PagefindEntry => ({ version: '1.6.0', languages, include_characters: ['_'] });

	it('lists every language in one entry file, as one index of them all does', () => {
		const en = { hash: 'en_1', wasm: 'en', page_count: 2 };
		const fr = { hash: 'fr_2', wasm: 'fr', page_count: 1 };
		expect(mergeEntries([entry({ en }), entry({ fr })])).toEqual(entry({ en, fr }));
	});

	it('refuses two indexes of one language, or of different Pagefind versions, naming what differs', () => {
		const en = { hash: 'en_1', wasm: 'en', page_count: 2 };
		expect(() => mergeEntries([entry({ en }), entry({ en })])).toThrow('two indexes hold the language "en"');
		expect(() => mergeEntries([entry({ en }), { ...entry({}), version: '1.7.0' }])).toThrow('differ in more than their languages');
		expect(() => mergeEntries([])).toThrow('no index was written');
	});

	it('writes, language by language, the same files as one index of every page', async () => {
		const root = await mkdtemp(join(tmpdir(), 'both-ends-pagefind-'));
		try {
			const pages = [
				['/en/hold/', page('en', 'Putting a caller on hold', 'Say how long the hold will last, then check back.')],
				['/fr/attente/', page('fr', 'La mise en attente', 'Annoncez la durée de l’attente, puis revenez vers la personne.')],
				['/en/callback/', page('en', 'Promising a callback', 'Give a time window and keep it.')],
				['/fr/rappel/', page('fr', 'Promettre un rappel', 'Donnez un créneau et tenez-le.')],
			] as const;
			const { index: whole } = await pagefind.createIndex({});
			for (const [url, content] of pages) await whole!.addHTMLFile({ url, content });
			await whole!.writeFiles({ outputPath: join(root, 'one') });

			const entries: PagefindEntry[] = [];
			for (const lang of ['en', 'fr']) {
				const { index } = await pagefind.createIndex({});
				for (const [url, content] of pages.filter(([url]) => url.startsWith(`/${lang}/`))) await index!.addHTMLFile({ url, content });
				await index!.writeFiles({ outputPath: join(root, 'each') });
				entries.push(JSON.parse(await readFile(join(root, 'each', 'pagefind-entry.json'), 'utf8')) as PagefindEntry);
			}

			const one = await filesUnder(join(root, 'one'));
			const each = await filesUnder(join(root, 'each'));
			expect([...each.keys()].sort()).toEqual([...one.keys()].sort());
			for (const [path, content] of one) {
				if (path === 'pagefind-entry.json') expect(mergeEntries(entries)).toEqual(JSON.parse(content.toString('utf8')));
				else expect(each.get(path)?.equals(content), path).toBe(true);
			}
		} finally {
			await rm(root, { recursive: true, force: true });
		}
	}, 30_000);

	it('re-cuts each language on its own into the same files as re-cutting them all at the end', async () => {
		const root = await mkdtemp(join(tmpdir(), 'both-ends-recut-'));
		try {
			// Enough different words for chunks of 10 positions to cut each language's index several times.
			const words = (lang: string, count: number) => Array.from({ length: count }, (_, n) => `${lang}word${n.toString(36)}`).join(' ');
			const pages = {
				en: [page('en', 'Holding a call', words('hold', 40)), page('en', 'Calling back', words('back', 30))],
				fr: [page('fr', 'La mise en attente', words('attente', 35))],
			};
			const entries: PagefindEntry[] = [];
			for (const [lang, html] of Object.entries(pages)) {
				const { index } = await pagefind.createIndex({});
				for (const [n, content] of html.entries()) await index!.addHTMLFile({ url: `/${lang}/${n}/`, content });
				await index!.writeFiles({ outputPath: join(root, 'written') });
				entries.push(JSON.parse(await readFile(join(root, 'written', 'pagefind-entry.json'), 'utf8')) as PagefindEntry);
			}
			const written = await filesUnder(join(root, 'written'));
			written.set('pagefind-entry.json', Buffer.from(JSON.stringify(mergeEntries(entries))));

			const atTheEnd = withSmallerChunks(written, 10);
			const each = join(root, 'each');
			await writeBundle(each, written);
			const recut = await Promise.all(entries.map((entry) => recutIndex(each, entry, 10)));
			await writeFile(join(each, 'pagefind-entry.json'), JSON.stringify(mergeEntries(recut)));

			const eachFiles = await filesUnder(each);
			expect(atTheEnd.size).toBeGreaterThan(written.size);
			expect([...eachFiles.keys()].sort()).toEqual([...atTheEnd.keys()].sort());
			for (const [path, content] of atTheEnd) expect(eachFiles.get(path)?.equals(content), path).toBe(true);
		} finally {
			await rm(root, { recursive: true, force: true });
		}
	}, 30_000);

	it('numbers the pages in the order planned, whatever order they finish rendering in, so the same site gives the same index', async () => {
		const rendered = new Map([
			['en/hold/index.html', page('en', 'Putting a caller on hold', 'Say how long the hold will last.')],
			['en/callback/index.html', page('en', 'Promising a callback', 'Give a time window and keep it.')],
			['en/transfer/index.html', page('en', 'A warm transfer', 'Tell the next agent what the caller already said.')],
		]);
		const build = async (finished: string[]) => {
			const site = await mkdtemp(join(tmpdir(), 'both-ends-order-'));
			try {
				const build = await buildOf(site);
				build.search.pageStep.planned!([...rendered.keys()]);
				await build.render(finished.map((file) => [file, rendered.get(file)!] as const));
				await build.end({ info: () => {} });
				return await filesUnder(join(site, 'pagefind'));
			} finally {
				await rm(site, { recursive: true, force: true });
			}
		};
		const inOrder = await build([...rendered.keys()]);
		const shuffled = await build(['en/transfer/index.html', 'en/hold/index.html', 'en/callback/index.html']);
		expect([...shuffled.keys()].sort()).toEqual([...inOrder.keys()].sort());
		for (const [path, content] of inOrder) expect(shuffled.get(path)?.equals(content), path).toBe(true);
	}, 30_000);

	it('indexes the pages after one planned but never rendered through the steps, at the end, and says so', async () => {
		const site = await mkdtemp(join(tmpdir(), 'both-ends-gap-'));
		try {
			const build = await buildOf(site);
			const logger = { info: vi.fn(), warn: vi.fn() };
			build.search.pageStep.planned!(['en/hold/index.html', 'en/moved/index.html', 'en/callback/index.html']);
			await build.render([
				['en/hold/index.html', page('en', 'Putting a caller on hold', 'Say how long the hold will last.')],
				['en/callback/index.html', page('en', 'Promising a callback', 'Give a time window and keep it.')],
			]);
			await build.end(logger);

			const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
				languages: Record<string, { page_count: number }>;
			};
			expect(entry.languages.en?.page_count).toBe(2);
			expect(logger.warn).toHaveBeenCalledWith(expect.stringMatching(/1 rendered page\(s\) waited for en\/moved\/index\.html/));
		} finally {
			await rm(site, { recursive: true, force: true });
		}
	}, 30_000);

	it('writes a language while the next renders, and writes it again if a page of it turns up after', async () => {
		const site = await mkdtemp(join(tmpdir(), 'both-ends-site-'));
		try {
			const build = await buildOf(site);
			const logger = { info: vi.fn() };
			const rendered = new Map([
				['en/hold/index.html', page('en', 'Putting a caller on hold', 'Say how long the hold will last.')],
				['en/callback/index.html', page('en', 'Promising a callback', 'Give a time window and keep it.')],
				['fr/attente/index.html', page('fr', 'La mise en attente', 'Annoncez la durée de l’attente.')],
			]);
			build.search.pageStep.planned!([...rendered.keys()]);
			await build.render(rendered);
			// Both languages are written as soon as their last page is in, before the build ends.
			const entryFile = join(site, 'pagefind', 'pagefind-entry.json');
			await vi.waitFor(async () => expect(JSON.parse(await readFile(entryFile, 'utf8')).languages).toHaveProperty('fr'), {
				timeout: 20_000,
			});
			// A page Astro did not render through the steps (a status page), in English, comes after.
			await writeFile(join(site, '404.html'), page('en', 'Page not found', 'This page has moved; search for it.'));

			await build.end(logger);

			const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
			expect(entry.languages.en?.page_count).toBe(3);
			expect(entry.languages.fr?.page_count).toBe(1);
			// English was written again, and nothing is left of its first writing.
			const fragments = await readdir(join(site, 'pagefind', 'fragment'));
			expect(fragments.filter((name) => name.startsWith('en_'))).toHaveLength(3);
			expect(fragments.filter((name) => name.startsWith('fr_'))).toHaveLength(1);
			expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/Indexed 4 pages \(3 while rendering; fr written while rendering\)/));
		} finally {
			await rm(site, { recursive: true, force: true });
		}
	}, 30_000);
});
