import { readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/**
 * Something done to each HTML page as soon as Astro has rendered it, before it is written: the
 * page is in memory then, so nothing has to read thousands of files back after the build.
 */
export interface PageStep {
	/**
	 * Called once per rendered page, in the order the steps are given.
	 * @param file The file the page is written to, relative to the site (`en/x/index.html`).
	 * @param html The page as the previous step left it.
	 * @returns The page as it should be written (`html` itself when the step only reads it).
	 */
	page(file: string, html: string): string;
}

/**
 * A whole `<script>` or `<style>` element, its name as the first group. Its text is code, not
 * markup: the steps that read a page's markup skip it (a string in it that looks like a tag is not
 * one), and Pagefind is handed none of it.
 */
export const CODE_ELEMENT = String.raw`<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>`;

/** The file a rendered page is written to, as Astro names it for `build.format: 'directory'`. */
export function pageFile(pathname: string): string | undefined {
	const trimmed = pathname.replace(/^\/+|\/+$/g, '');
	// Status pages (`404.html`) and anything with an extension are named otherwise: the steps'
	// integrations read those from disk after the build.
	if (trimmed === '404' || trimmed === '500' || /\.[a-z0-9]+$/i.test(trimmed)) return undefined;
	return trimmed === '' ? 'index.html' : `${trimmed}/index.html`;
}

/** Every HTML file of the built site, relative to it with `/` separators, Pagefind's own left out. */
export async function builtPages(dir: URL): Promise<string[]> {
	const site = fileURLToPath(dir);
	const entries = await readdir(site, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(site, `${entry.parentPath}${sep}${entry.name}`).split(sep).join('/'))
		.filter((file) => !file.startsWith('pagefind/'));
}

/**
 * Runs `steps` on each page Astro renders (a prerenderer that wraps Astro's own; Astro keeps one
 * prerenderer, so every step goes through this integration). Pages not rendered this way — status
 * pages, files copied from `public/` — are left to each step's integration to read from disk. After
 * the build it checks that every page the steps saw is the file Astro wrote, naming any that is not.
 */
export function renderedPages(steps: readonly PageStep[]): AstroIntegration {
	const seen = new Set<string>();
	const withSteps = (astro: AstroPrerenderer): AstroPrerenderer => ({
		...astro,
		name: 'both-ends:rendered-pages',
		async render(request, options) {
			const rendered = await astro.render(request, options);
			const response = rendered instanceof Response ? rendered : rendered.response;
			const file = options.routeData.type === 'page' ? pageFile(new URL(request.url).pathname) : undefined;
			const isHtml = response.headers.get('content-type')?.startsWith('text/html') ?? false;
			if (!file || response.status !== 200 || !isHtml) return rendered;
			let html = await response.text();
			for (const step of steps) html = step.page(file, html);
			seen.add(file);
			const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
			return rendered instanceof Response ? copy : { ...rendered, response: copy };
		},
	});

	return {
		name: 'both-ends:rendered-pages',
		hooks: {
			'astro:build:start': ({ setPrerenderer }) => {
				seen.clear();
				setPrerenderer(withSteps);
			},
			'astro:build:done': async ({ dir }) => {
				const written = new Set(await builtPages(dir));
				const missing = [...seen].filter((file) => !written.has(file));
				if (missing.length > 0) {
					throw new Error(
						`[both-ends:rendered-pages] ${missing.slice(0, 5).join(', ')} went through the page steps but ${missing.length === 1 ? 'is' : 'are'} not in ${fileURLToPath(dir)}`,
					);
				}
			},
		},
	};
}
