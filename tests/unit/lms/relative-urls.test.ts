import { describe, expect, it } from 'vitest';
import {
	relativePath,
	rewriteCss,
	rewriteProps,
	rewriteUrl,
	scriptDependencies,
	UnpackableUrl,
	type RewriteContext,
} from '../../../src/lib/lms/relative-urls.ts';

function context(fromDir: string, pages: string[] = []): RewriteContext & { needed: string[] } {
	const needed: string[] = [];
	return {
		fromDir,
		resolve: (path) =>
			path.endsWith('/')
				? { kind: 'page', file: `${path.slice(1)}index.html` }
				: path === '/missing.js'
					? undefined
					: { kind: 'file', file: path.slice(1) },
		hasPage: (file) => pages.includes(file),
		needs: (file) => needed.push(file),
		site: 'https://both-ends.example/',
		needed,
	};
}

describe('relative URLs for LMS packages', () => {
	it('finds the way between two files of the package', () => {
		expect(relativePath('en/agents/hold-done-right/', '_astro/a.js')).toBe('../../../_astro/a.js');
		expect(relativePath('en/agents/hold-done-right/', 'en/agents/listen-first/index.html')).toBe('../listen-first/index.html');
		expect(relativePath('', 'en/index.html')).toBe('en/index.html');
		expect(relativePath('_astro/', '_astro/b.js')).toBe('b.js');
	});

	it('makes files relative and asks for them; pages in the package point at their index.html', () => {
		const here = context('en/paths/first-week/', ['en/agents/hold-done-right/index.html']);
		expect(rewriteUrl('/_astro/x.css', here, false)).toBe('../../../_astro/x.css');
		expect(here.needed).toEqual(['_astro/x.css']);
		expect(rewriteUrl('/en/agents/hold-done-right/#quiz', here, true)).toBe('../../agents/hold-done-right/index.html#quiz');
	});

	it('sends links to pages left out to the public site, and refuses anything else that would break', () => {
		const here = context('en/agents/hold-done-right/');
		expect(rewriteUrl('/en/progress/', here, true)).toBe('https://both-ends.example/en/progress/');
		expect(() => rewriteUrl('/en/progress/', here, false)).toThrow(UnpackableUrl);
		expect(() => rewriteUrl('/missing.js', here, false)).toThrow(/no such file/);
		expect(rewriteUrl('#main', here, true)).toBe('#main');
		expect(rewriteUrl('https://www.legifrance.gouv.fr/', here, true)).toBe('https://www.legifrance.gouv.fr/');
	});

	it('rewrites paths inside island props and stylesheets', () => {
		const here = context('en/practice/cold-call/', ['en/agents/register/index.html']);
		expect(rewriteProps('{&quot;href&quot;:[0,&quot;/en/agents/register/&quot;],&quot;x&quot;:&quot;/&quot;}', here)).toBe(
			'{&quot;href&quot;:[0,&quot;../../agents/register/index.html&quot;],&quot;x&quot;:&quot;/&quot;}',
		);
		expect(rewriteCss('a{background:url(/_astro/i.svg)}', context('_astro/'))).toBe('a{background:url(i.svg)}');
	});

	it('lists what a script imports, relative or as Vite lists its preloads', () => {
		const code = 'import"./a.js";const m=()=>import("../page-bundles/b-1.js");const d=["_astro/c.css","_astro/d.js"]';
		expect(scriptDependencies(code, '_astro/x.js').sort()).toEqual(['_astro/a.js', '_astro/c.css', '_astro/d.js', 'page-bundles/b-1.js']);
	});
});
