/**
 * Where the site's own files are, seen from the page. On the site that is `/`. Inside an LMS
 * package the pages sit in a folder the LMS chooses, so the packager (`scripts/package-lms.ts`)
 * writes each page's way back to the package's root as `<html data-site-root="../../">` and the
 * package's id as `<html data-lms-package>`; code that builds a URL in script asks here.
 */

const html = () => globalThis.document?.documentElement;

/** A site path (`/en/agents/`) as this page must write it: unchanged on the site, relative in a package. */
export function sitePath(path: string): string {
	return (html()?.dataset.siteRoot ?? '/') + path.replace(/^\//, '');
}

/**
 * The absolute URL of a site file (`pagefind/pagefind.js`): what `import()` and `fetch` need, as
 * an import resolves a relative path from the script's own file rather than from the page.
 */
export function siteFile(path: string): string {
	return new URL(sitePath(path), globalThis.document?.baseURI ?? 'http://localhost/').href;
}

/** The id of the LMS package this page belongs to; empty on the site. */
export function lmsPackageId(): string {
	return html()?.dataset.lmsPackage ?? '';
}
