/**
 * Turning the site's root-absolute URLs (`/_astro/x.js`, `/en/agents/`) into URLs relative to the
 * file that holds them, for an LMS package served from whatever folder the LMS picks. Build time
 * only (`scripts/package-lms.ts`).
 */

/** What a root-absolute path of the site is. */
export type SiteTarget =
	/** A page: its HTML file (`en/agents/hold-done-right/index.html`). */
	| { kind: 'page'; file: string }
	/** Any other file (script, style, data, image). */
	| { kind: 'file'; file: string };

/** What rewriting needs to know about the site and the package. */
export interface RewriteContext {
	/** The rewritten file's folder in the package, `/`-separated, ending in `/` ('' at the root). */
	fromDir: string;
	/** What a site path is, or undefined when the site has no such file. */
	resolve: (path: string) => SiteTarget | undefined;
	/** Whether a page is part of the package. */
	hasPage: (file: string) => boolean;
	/** Called for every file the rewritten file needs, so the package includes it. */
	needs: (file: string) => void;
	/** The site's public URL, for links to pages the package leaves out. */
	site: string;
}

/** Why a URL could not be made relative: the packager fails with these. */
export class UnpackableUrl extends Error {}

/** `to` (a package file) as seen from folder `fromDir`. */
export function relativePath(fromDir: string, to: string): string {
	const from = fromDir.split('/').filter(Boolean);
	const target = to.split('/');
	let shared = 0;
	while (shared < from.length && shared < target.length - 1 && from[shared] === target[shared]) shared += 1;
	return '../'.repeat(from.length - shared) + target.slice(shared).join('/');
}

/**
 * One URL rewritten. Root-absolute files become relative (and are added to the package); pages in
 * the package become relative links to their `index.html` (an LMS serves files, not folders);
 * `link` URLs to pages left out become the public site's, so "Learn more" still leads somewhere.
 * Anything else is returned as it was: fragments, relative and external URLs.
 */
export function rewriteUrl(url: string, context: RewriteContext, link: boolean): string {
	if (!url.startsWith('/') || url.startsWith('//')) return url;
	const [, path = '', rest = ''] = /^([^?#]*)(.*)$/.exec(url) ?? [];
	const target = context.resolve(path);
	if (!target) throw new UnpackableUrl(`${url}: the site has no such file`);
	if (target.kind === 'file') {
		context.needs(target.file);
		return relativePath(context.fromDir, target.file) + rest;
	}
	if (context.hasPage(target.file)) return relativePath(context.fromDir, target.file) + rest;
	if (link) return new URL(url, context.site).href;
	throw new UnpackableUrl(`${url}: a page outside the package, where only a link may point to one`);
}

/** Root-absolute paths written inside an attribute's JSON (an island's props, `&quot;`-quoted). */
const QUOTED_PATH = /&quot;(\/[^&\s]*?)&quot;/g;

/** Every root-absolute path inside an island's `props`, rewritten (links to left-out pages go to the public site). */
export function rewriteProps(props: string, context: RewriteContext): string {
	return props.replace(QUOTED_PATH, (whole, path: string) =>
		path.startsWith('//') || path === '/' ? whole : `&quot;${rewriteUrl(path, context, true)}&quot;`,
	);
}

/** `url(...)` references in a stylesheet, rewritten from the stylesheet's folder. */
export function rewriteCss(css: string, context: RewriteContext): string {
	return css.replace(
		/url\((['"]?)(\/[^'")]+)\1\)/g,
		(_, quote: string, url: string) => `url(${quote}${rewriteUrl(url, context, false)}${quote})`,
	);
}

/**
 * The files a script imports or preloads, relative to the script (`./x.js`, `../y.js`) or to the
 * site's root as Vite lists preloads (`_astro/x.js`): the package needs them all.
 */
export function scriptDependencies(code: string, scriptFile: string): string[] {
	const dir = scriptFile.split('/').slice(0, -1);
	const found = new Set<string>();
	for (const [, spec = ''] of code.matchAll(/["'`](\.{1,2}\/[^"'`\s]+?\.(?:js|css|wasm|json))["'`]/g)) {
		const parts = [...dir];
		for (const part of spec.split('/')) {
			if (part === '..') parts.pop();
			else if (part !== '.') parts.push(part);
		}
		found.add(parts.join('/'));
	}
	for (const [, file = ''] of code.matchAll(/["'`](_astro\/[^"'`\s]+?\.(?:js|css|wasm))["'`]/g)) found.add(file);
	return [...found];
}
