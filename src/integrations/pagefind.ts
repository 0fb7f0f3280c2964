import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';

/** Pagefind reports failures in `errors` instead of throwing: turn them into a failed build. */
function assertNoErrors(step: string, response: { errors: string[] }): void {
	if (response.errors.length > 0) {
		throw new Error(`[both-ends:pagefind] ${step} failed: ${response.errors.join('; ')}`);
	}
}

/** The address Pagefind gives the built file at `path` (relative to the site): `en/x/index.html` → `/en/x/`. */
export function pageUrl(path: string): string {
	const url = `/${path.split(sep).join('/')}`;
	return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/** The file a rendered page is written to, as Astro names it for `build.format: 'directory'`. */
export function pageFile(pathname: string): string | undefined {
	const trimmed = pathname.replace(/^\/+|\/+$/g, '');
	// Status pages (`404.html`) and anything with an extension are named otherwise: indexed from disk.
	if (trimmed === '404' || trimmed === '500' || /\.[a-z0-9]+$/i.test(trimmed)) return undefined;
	return trimmed === '' ? 'index.html' : `${trimmed}/index.html`;
}

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Indexes the built site with Pagefind. Pagefind makes one index per `<html lang>`, so each
 * language searches only its own pages.
 *
 * Each page is handed to Pagefind as soon as Astro has rendered it (a prerenderer that wraps
 * Astro's own), so Pagefind — a separate process — parses pages on the second core while Astro
 * renders the rest on the first, instead of reading them all back after the build. Pages not
 * rendered that way (status pages, files copied from `public/`) are read from disk at the end,
 * so the index holds every HTML file of the site, as indexing the whole directory would.
 */
export function pagefindIndex(): AstroIntegration {
	let index: pagefind.PagefindIndex | undefined;
	/** Pages handed over while rendering, by file (relative to the site), and their indexing. */
	const handedOver = new Map<string, Promise<pagefind.NewFileResponse>>();
	let started = 0;

	const withIndexing = (astro: AstroPrerenderer): AstroPrerenderer => ({
		...astro,
		name: 'both-ends:pagefind',
		async render(request, options) {
			const rendered = await astro.render(request, options);
			const response = rendered instanceof Response ? rendered : rendered.response;
			const file = options.routeData.type === 'page' ? pageFile(new URL(request.url).pathname) : undefined;
			const isHtml = response.headers.get('content-type')?.startsWith('text/html') ?? false;
			if (!index || !file || response.status !== 200 || !isHtml) return rendered;
			const html = await response.text();
			handedOver.set(file, index.addHTMLFile({ url: pageUrl(file), content: html }));
			const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
			return rendered instanceof Response ? copy : { ...rendered, response: copy };
		},
	});

	return {
		name: 'both-ends:pagefind',
		hooks: {
			'astro:build:start': async ({ setPrerenderer }) => {
				started = performance.now();
				const created = await pagefind.createIndex({});
				assertNoErrors('createIndex', created);
				index = created.index;
				if (!index) throw new Error('[both-ends:pagefind] createIndex returned no index');
				setPrerenderer(withIndexing);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					if (!index) throw new Error('[both-ends:pagefind] the index was not created at the start of the build');
					const onDisk = (await htmlFiles(site)).map((path) => relative(site, path).split(sep).join('/'));
					const written = new Set(onDisk);
					// A page handed over must be the file Astro wrote, or the index would point nowhere.
					for (const file of handedOver.keys()) {
						if (!written.has(file)) throw new Error(`[both-ends:pagefind] ${file} was indexed while rendering but is not in ${site}`);
					}
					const fromDisk = onDisk.filter((file) => !handedOver.has(file) && !file.startsWith('pagefind/'));
					const added = await Promise.all([
						...handedOver.values(),
						...fromDisk.map(async (file) => index!.addHTMLFile({ url: pageUrl(file), content: await readFile(join(site, file), 'utf8') })),
					]);
					for (const response of added) assertNoErrors('addHTMLFile', response);
					const pages = added.filter((response) => response.file).length;
					if (pages === 0) throw new Error('[both-ends:pagefind] no pages were indexed');
					assertNoErrors('writeFiles', await index.writeFiles({ outputPath: `${site}pagefind` }));
					logger.info(
						`Indexed ${pages} pages (${handedOver.size} while rendering) in ${Math.round(performance.now() - started)} ms since the build began`,
					);
				} catch (cause) {
					throw new Error('Failed to run Pagefind.', { cause });
				} finally {
					handedOver.clear();
					index = undefined;
					await pagefind.close();
				}
			},
		},
	};
}
