import { readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/**
 * What a page step does to one rendered page. It runs in a worker thread, beside the rendering,
 * so it must keep nothing between pages that the build needs: what it finds on a page it returns
 * as `note`, which the step's `noted()` receives on the build's thread.
 * @param file The file the page is written to, relative to the site (`en/x/index.html`).
 * @param html The page as the previous step left it.
 * @returns The page as it should be written (`html` itself when the step only reads it), and the note.
 */
export type PageWork<Note> = (file: string, html: string) => { html: string; note: Note };

/** Where a worker thread finds a step's `PageWork`: the module and the name it is exported under. */
export interface StepSource {
	/** The module's URL (its `import.meta.url`). */
	module: string;
	/** The name of the `PageWork` function among the module's exports. */
	name: string;
}

/**
 * Something done to each HTML page as soon as Astro has rendered it, before it is written: the
 * page is in memory then, so nothing has to read thousands of files back after the build.
 */
export interface PageStep<Note = unknown> {
	/** The step's work on a page, run in a worker thread; see `PageWork`. */
	work: StepSource;
	/**
	 * Called on the build's thread with what `work` found on each rendered page, in the order the
	 * pages were rendered.
	 */
	noted(file: string, note: Note): void;
	/**
	 * Called once, before the first page is rendered, with every file that will go through the
	 * steps, in the order they will be rendered (see `bySection()`). A step that gathers pages can
	 * tell from it when the last page of a part of the site has been through.
	 */
	planned?(files: readonly string[]): void;
}

/** A rendered page sent to the worker thread: its bytes' buffer is transferred. */
export interface StepsRequest {
	/** Which request this is, to match the response to it. */
	id: number;
	/** The file the page is written to, relative to the site. */
	file: string;
	/** The page as Astro rendered it, UTF-8. */
	bytes: Uint8Array<ArrayBuffer>;
}

/** The worker thread's answer: the page to write and each step's note, or why a step failed. */
export type StepsResponse =
	| {
			/** The request's `id`. */
			id: number;
			/** The page as the steps left it, UTF-8. */
			bytes: Uint8Array<ArrayBuffer>;
			/** Each step's note, in the order of the steps. */
			notes: unknown[];
	  }
	| {
			/** The request's `id`. */
			id: number;
			/** Which step failed on which file, and its message. */
			error: string;
	  };

/** The page steps' worker thread, as the build's thread uses it. */
export interface StepsThread {
	/** Runs every step on one page; rejects naming the step and the file if one fails. */
	run(file: string, bytes: Uint8Array<ArrayBuffer>): Promise<{ bytes: Uint8Array<ArrayBuffer>; notes: unknown[] }>;
	/** Ends the thread; pages still being worked on are rejected. */
	stop(): Promise<void>;
}

/**
 * Starts a worker thread that runs `steps` (by their `work`) on each page it is given, in order.
 * The thread never keeps Node running by itself: a build that fails midway still ends.
 */
export function startStepsThread(steps: readonly StepSource[]): StepsThread {
	const worker = new Worker(new URL('./page-steps-worker.ts', import.meta.url), { workerData: { steps } });
	worker.unref();
	const waiting = new Map<
		number,
		{ resolve: (done: { bytes: Uint8Array<ArrayBuffer>; notes: unknown[] }) => void; reject: (error: Error) => void }
	>();
	let failure: Error | undefined;
	let nextId = 0;
	const failAll = (error: Error) => {
		failure ??= error;
		for (const { reject } of waiting.values()) reject(failure);
		waiting.clear();
	};
	worker.on('message', (response: StepsResponse) => {
		const pending = waiting.get(response.id);
		waiting.delete(response.id);
		if (!pending) return;
		if ('error' in response) pending.reject(new Error(`[both-ends:rendered-pages] ${response.error}`));
		else pending.resolve({ bytes: response.bytes, notes: response.notes });
	});
	worker.on('error', (error) =>
		failAll(new Error(`[both-ends:rendered-pages] the page steps' thread failed: ${error.message}`, { cause: error })),
	);
	worker.on('exit', () => failAll(new Error("[both-ends:rendered-pages] the page steps' thread has ended")));
	return {
		run(file, bytes) {
			if (failure) return Promise.reject(failure);
			const id = nextId++;
			return new Promise((resolve, reject) => {
				waiting.set(id, { resolve, reject });
				const request: StepsRequest = { id, file, bytes };
				worker.postMessage(request, [bytes.buffer]);
			});
		},
		async stop() {
			await worker.terminate();
		},
	};
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

/** The part of the site a page belongs to: the first segment of its path (`en` for `/en/x/`), `''` at the root. */
export function sectionOf(path: string): string {
	return /^\/*([^/]*)\//.exec(path)?.[1] ?? '';
}

/**
 * `paths` grouped by section (`sectionOf()`), the sections in the order they first appear, each
 * keeping its own order. Astro renders route by route, so every language would otherwise finish
 * only with the last route; one language after another, what is built from a whole language (its
 * search index) can be built while the next one renders.
 */
export function bySection<Path extends { pathname: string }>(paths: readonly Path[]): Path[] {
	return [...Map.groupBy(paths, (path) => sectionOf(path.pathname)).values()].flat();
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
 * prerenderer, so every step goes through this integration). The steps run in a worker thread:
 * on two cores the build's thread renders the next pages meanwhile (at a thousand modules per
 * language they took some 6 s of the 30 s that rendering takes). Pages render one section of the
 * site after another (`bySection()`), and the steps are told beforehand which (`planned`). Pages not rendered this way —
 * status pages, files copied from `public/` — are left to each step's integration to read from
 * disk. After the build it checks that every page the steps saw is the file Astro wrote, naming
 * any that is not.
 */
export function renderedPages(steps: readonly PageStep<never>[]): AstroIntegration {
	const seen = new Set<string>();
	let thread: StepsThread | undefined;
	const withSteps = (astro: AstroPrerenderer): AstroPrerenderer => ({
		...astro,
		name: 'both-ends:rendered-pages',
		async getStaticPaths() {
			const paths = bySection(await astro.getStaticPaths());
			const files = paths.flatMap(({ pathname, route }) => (route.type === 'page' ? (pageFile(pathname) ?? []) : []));
			for (const step of steps) step.planned?.(files);
			return paths;
		},
		async render(request, options) {
			const rendered = await astro.render(request, options);
			const response = rendered instanceof Response ? rendered : rendered.response;
			const file = options.routeData.type === 'page' ? pageFile(new URL(request.url).pathname) : undefined;
			const isHtml = response.headers.get('content-type')?.startsWith('text/html') ?? false;
			if (!file || response.status !== 200 || !isHtml || !thread) return rendered;
			const done = await thread.run(file, new Uint8Array(await response.arrayBuffer()));
			steps.forEach((step, index) => (step.noted as (file: string, note: unknown) => void)(file, done.notes[index]));
			seen.add(file);
			const copy = new Response(done.bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
			return rendered instanceof Response ? copy : { ...rendered, response: copy };
		},
	});

	return {
		name: 'both-ends:rendered-pages',
		hooks: {
			'astro:build:start': ({ setPrerenderer }) => {
				seen.clear();
				thread = startStepsThread(steps.map((step) => step.work));
				setPrerenderer(withSteps);
			},
			'astro:build:done': async ({ dir }) => {
				await thread?.stop();
				thread = undefined;
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
