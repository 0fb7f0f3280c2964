import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	cspHash,
	findInlineAttributes,
	findInlineCode,
	headerLines,
	headersFile,
	headersFor,
	pagePolicy,
	parseHeadersFile,
	parsePolicy,
	readMetaPolicy,
	securityHeaders,
	serializePolicy,
	sitePolicy,
	sitePolicyFor,
	writeMetaPolicy,
} from '../../../src/integrations/csp-headers.ts';

const script = 'document.body.dataset.ready="yes"';
const style = 'body{color:red}';
const other = 'console.log(1)';
const astroMeta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
const page = (head: string, body = '') =>
	`<!DOCTYPE html><html><head>${head}<style>${style}</style></head><body>${body}<script type="module">${script}</script><script type="module" src="/_astro/a.js"></script></body></html>`;
const fullPolicy = `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${cspHash(script)} ${cspHash(other)} 'sha256-bundledChunk='; style-src 'self' ${cspHash(style)} 'sha256-otherPage=';`;

describe('cspHash', () => {
	it('is the base64 SHA-256 of the exact text, quoted as a CSP source', () => {
		const digest = createHash('sha256').update('alert(1)').digest('base64');
		expect(cspHash('alert(1)')).toBe(`'sha256-${digest}'`);
		// Known value: the hash browsers report for an empty inline script.
		expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});
});

describe('policies', () => {
	it('parse and serialise, keeping the first of a repeated directive as browsers do', () => {
		const policy = parsePolicy("default-src 'self';  script-src 'self' 'sha256-x=' ; script-src *;");
		expect([...policy.keys()]).toEqual(['default-src', 'script-src']);
		expect(policy.get('script-src')).toEqual(["'self'", "'sha256-x='"]);
		expect(serializePolicy(policy)).toBe("default-src 'self'; script-src 'self' 'sha256-x='");
	});

	it('the site policy allows no inline script or eval, and Pagefind its WebAssembly only', () => {
		const all = [...sitePolicy.directives, ...sitePolicy.scriptResources, ...sitePolicy.styleResources].join(' ');
		expect(all).not.toContain("'unsafe-inline'");
		expect(all).not.toContain("'unsafe-eval'");
		expect(sitePolicy.scriptResources).toContain("'wasm-unsafe-eval'");
		expect(sitePolicy.directives).toEqual(
			expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]),
		);
		// A meta tag cannot carry frame-ancestors: it belongs to the header only.
		expect(sitePolicy.directives.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
		expect(sitePolicy.headerOnly).toContain("frame-ancestors 'none'");
	});
});

describe('findInlineCode', () => {
	it('finds inline runnable scripts and every style element, not external scripts or data blocks', () => {
		const html = page(
			'',
			`<script>${other}</script><script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script><script src=/x.js></script><script type="importmap">{"imports":{}}</script>`,
		);
		const code = findInlineCode(html);
		expect(code.scripts).toEqual([other, '{"imports":{}}', script]);
		expect(code.styles).toEqual([style]);
	});
});

describe('findInlineAttributes', () => {
	it('reports style attributes, event handlers and javascript: URLs', () => {
		const html =
			'<div class="a" style="--fill: 0"></div><button onclick="go()">x</button><a href="javascript:void 0">y</a><a href="/ok/">z</a>';
		expect(findInlineAttributes(html)).toEqual(['<div style="--fill: 0">', '<button onclick="go()">', '<a href="javascript:void 0">']);
	});

	it('finds them after a quoted value holding ">", without a space before them, and in capitals', () => {
		const html = '<a title="1 > 0" onclick="go()">x</a><p id="a"onmouseover="b">y</p><DIV STYLE="color: red">z</DIV><hr style>';
		expect(findInlineAttributes(html)).toEqual(['<a onclick="go()">', '<p onmouseover="b">', '<div style="color: red">', '<hr style="">']);
	});

	it('ignores look-alikes in text, attribute values and code', () => {
		const html =
			'<p>Write style="x" or onclick=y in text</p><astro-island props="{&quot;style&quot;:&quot;a&quot;}" data-onclick="no"></astro-island>' +
			'<script>const t = `<div style="a" onload="b">`;</script><input value="javascript:1">' +
			'<style>p[style="x"]::after { content: "<b onclick=1>"; }</style>';
		expect(findInlineAttributes(html)).toEqual([]);
	});
});

describe('the meta tag', () => {
	it('is read and rewritten in place', () => {
		const html = page(astroMeta("default-src 'self'; script-src 'self'"));
		expect(readMetaPolicy(html)).toBe("default-src 'self'; script-src 'self'");
		const rewritten = writeMetaPolicy(html, "default-src 'none'");
		expect(readMetaPolicy(rewritten)).toBe("default-src 'none'");
		expect(rewritten.replace(astroMeta("default-src 'none'"), '')).toBe(
			html.replace(astroMeta("default-src 'self'; script-src 'self'"), ''),
		);
	});

	it('is absent from a page without one', () => {
		expect(readMetaPolicy('<html><head></head></html>')).toBeUndefined();
	});

	it('decodes entities Astro may use for quotes', () => {
		expect(readMetaPolicy(astroMeta('script-src &#39;self&#39;'))).toBe("script-src 'self'");
	});
});

describe('pagePolicy', () => {
	it("keeps only the hashes of the page's own inline code", () => {
		const { policy, blocked } = pagePolicy(parsePolicy(fullPolicy), findInlineCode(page('')));
		expect(blocked).toEqual([]);
		expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", cspHash(script)]);
		expect(policy.get('style-src')).toEqual(["'self'", cspHash(style)]);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
	});

	it('reports inline code no hash allows', () => {
		const policy = parsePolicy("default-src 'self'; script-src 'self'; style-src 'self'");
		const { blocked } = pagePolicy(policy, { scripts: [script], styles: [style] });
		expect(blocked).toEqual([`script-src: ${script}`, `style-src: ${style}`]);
	});

	it('falls back to default-src where script-src or style-src is missing, as browsers do', () => {
		const policy = parsePolicy(`default-src 'self' ${cspHash(style)}`);
		const { blocked, policy: kept } = pagePolicy(policy, { scripts: [], styles: [style] });
		expect(blocked).toEqual([]);
		expect(kept.has('style-src')).toBe(false);
	});
});

describe('the header', () => {
	const a = parsePolicy(`default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-s1='`);
	const b = parsePolicy(`default-src 'self'; script-src 'self' 'sha256-b='; style-src 'self' 'sha256-s1=' 'sha256-s2='`);

	it('allows every page: the union of their hashes, plus frame-ancestors', () => {
		const site = sitePolicyFor([a, b]);
		expect(serializePolicy(site)).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s1=' 'sha256-s2='; frame-ancestors 'none'",
		);
	});

	it('is one line when short, or a script policy and a style policy when a line would be too long', () => {
		const site = sitePolicyFor([a, b]);
		expect(headerLines(site)).toHaveLength(1);
		const lines = headerLines(site, 150);
		expect(lines).toEqual([
			"  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; frame-ancestors 'none'; style-src 'self' 'unsafe-inline'",
			"  Content-Security-Policy: style-src 'self' 'sha256-s1=' 'sha256-s2='",
		]);
		// Browsers enforce both policies: the first must not block what the second allows (a
		// first policy without style-src would fall back to default-src and block inline styles).
		const first = parsePolicy(lines[0]!.replace(/^\s*Content-Security-Policy: /, ''));
		expect(first.get('style-src')).toContain("'unsafe-inline'");
		expect(() => headerLines(site, 40)).toThrow(/passes the 40/);
	});

	it('is written to _headers with the other security headers, and read back as hosts do', () => {
		const text = headersFile(sitePolicyFor([a, b]));
		const rules = parseHeadersFile(text);
		expect(rules.map((r) => r.pattern)).toEqual(['/*']);
		const sent = headersFor(rules, '/en/agents/');
		expect(sent['Content-Security-Policy']).toBe(serializePolicy(sitePolicyFor([a, b])));
		expect(sent['X-Content-Type-Options']).toBe('nosniff');
		expect(sent['Referrer-Policy']).toBe('no-referrer');
		expect(sent['Permissions-Policy']).toContain('camera=()');
		expect(sent['Permissions-Policy']).toContain('microphone=()');
		expect(headersFor(rules, '/pagefind/pagefind-worker.js')['Content-Security-Policy']).toBeDefined();
	});

	it('joins a repeated header with a comma, which browsers read as two policies', () => {
		const rules = parseHeadersFile(
			'# comment\n/*\n  Content-Security-Policy: script-src x\n  Content-Security-Policy: style-src y\n/en/:page/\n  X-A: 1\n/fr/*\n  X-B: 2\n',
		);
		expect(headersFor(rules, '/en/agents/')).toEqual({ 'Content-Security-Policy': 'script-src x, style-src y', 'X-A': '1' });
		expect(headersFor(rules, '/en/agents/x/')).toEqual({ 'Content-Security-Policy': 'script-src x, style-src y' });
		expect(headersFor(rules, '/fr/')).toEqual({ 'Content-Security-Policy': 'script-src x, style-src y', 'X-B': '2' });
	});

	it('names only Permissions-Policy features, each turned off', () => {
		for (const entry of securityHeaders['Permissions-Policy']?.split(', ') ?? []) expect(entry).toMatch(/^[a-z-]+=\(\)$/);
	});
});
