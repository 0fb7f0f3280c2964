import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { builtPages, CODE_ELEMENT, type PageStep, type PageWork } from './rendered-pages.ts';

/**
 * The site's Content-Security-Policy: one source for the `<meta>` tag Astro writes on every page
 * (`security.csp` in astro.config.mjs) and for the `_headers` file written after the build.
 *
 * Everything the site runs or styles comes from its own origin: bundled scripts and stylesheets,
 * the search UI and banner bundles, Pagefind's script, worker, WebAssembly and index, the scenario
 * maps. Inline `<script>` and `<style>` elements are allowed by hash only; Astro computes the
 * hashes. No inline event handler, no `style` attribute, no `'unsafe-inline'`, no `eval`.
 */
export const sitePolicy = {
	/** Directives beyond `script-src` and `style-src`, on every page. */
	directives: [
		"default-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		// Pagefind 1.6 starts its worker from /pagefind/pagefind-worker.js, a file of this site, never
		// from a blob: URL, so `blob:` is not needed. Named here so a reader need not know the fallback.
		"worker-src 'self'",
	],
	/**
	 * `script-src` sources before the hashes. `'wasm-unsafe-eval'` lets Pagefind compile its
	 * WebAssembly search index; it allows no JavaScript `eval`.
	 */
	scriptResources: ["'self'", "'wasm-unsafe-eval'"],
	/** `style-src` sources before the hashes. */
	styleResources: ["'self'"],
	/** What only a header can carry: browsers ignore these in a `<meta>` tag, with a console error. */
	headerOnly: ["frame-ancestors 'none'"],
} as const;

/**
 * The other security headers of every response. Permissions-Policy turns off powerful features the
 * site never uses. The microphone is off too: nothing asks for it today. A feature that records
 * the learner (role-play practice aloud, say) must change `microphone=()` to `microphone=(self)`.
 * Only names Chromium knows are listed: an unknown one is a console error on every page.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': [
		'accelerometer',
		'browsing-topics',
		'camera',
		'display-capture',
		'geolocation',
		'gyroscope',
		'hid',
		'magnetometer',
		'microphone',
		'midi',
		'payment',
		'serial',
		'usb',
		'xr-spatial-tracking',
	]
		.map((feature) => `${feature}=()`)
		.join(', '),
};

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** `security.csp` for astro.config.mjs: Astro adds the hashes of the inline code it emits. */
export const astroCsp: CspOptions = {
	algorithm: 'SHA-256',
	directives: [...sitePolicy.directives],
	scriptDirective: { resources: [...sitePolicy.scriptResources] },
	styleDirective: { resources: [...sitePolicy.styleResources] },
};

/**
 * Cloudflare Pages refuses a `_headers` line longer than this (name, value and indent included);
 * Netlify states no limit. A policy too long for one line is sent as several policies (see
 * `headerLines`), which browsers enforce together.
 */
export const MAX_HEADER_LINE = 2000;

/** A parsed policy: directive name → its sources, in order. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		// The first occurrence of a directive wins, as in browsers.
		if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

export function serializePolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The CSP source for `text` (`'sha256-…'`), as Astro computes it for its inline code. */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The inline code of a page that a policy must allow by hash. */
export interface InlineCode {
	/** The text of each inline, executable `<script>` (data blocks such as JSON are not run). */
	scripts: string[];
	/** The text of each `<style>` element. */
	styles: string[];
}

const scriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const stylePattern = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
/** Script types a browser runs, so CSP applies (an import map too). */
const runnableTypes = new Set(['', 'module', 'importmap', 'text/javascript', 'application/javascript']);

function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attributes);
	return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

function hasAttribute(attributes: string, name: string): boolean {
	return new RegExp(`(?:^|\\s)${name}(?:\\s*=|\\s|$)`, 'i').test(attributes);
}

export function findInlineCode(html: string): InlineCode {
	const scripts: string[] = [];
	for (const [, attributes = '', body = ''] of html.matchAll(scriptPattern)) {
		if (hasAttribute(attributes, 'src')) continue;
		const type = (attribute(attributes, 'type') ?? '').trim().toLowerCase();
		if (runnableTypes.has(type)) scripts.push(body);
	}
	const styles = [...html.matchAll(stylePattern)].map(([, body = '']) => body);
	return { scripts, styles };
}

// A tag with its attributes; a quoted value may hold `>`. Linear: each alternative starts
// differently. A whole script or style element comes first and is skipped (`CODE_ELEMENT`).
const tagPattern = new RegExp(String.raw`${CODE_ELEMENT}|<([a-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
const attributePattern = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** Cheap test for a tag that may hold one: most tags have none, and need no attribute-by-attribute look. */
const maybeInline = /(?:^|[\s"'/])(?:style|on[a-z]+)(?=[\s=>/]|$)|javascript:/i;

/**
 * Markup a hash cannot allow: `style` attributes, inline event handlers (`onclick=…`) and
 * `javascript:` URLs. Each is described as `<tag attribute=…>` for the build error.
 */
export function findInlineAttributes(html: string): string[] {
	const found: string[] = [];
	for (const [, code, tag = '', attributes = ''] of html.matchAll(tagPattern)) {
		if (code !== undefined || !maybeInline.test(attributes)) continue;
		for (const [, rawName = '', ...values] of attributes.matchAll(attributePattern)) {
			const name = rawName.toLowerCase();
			const value = values.find((v) => v !== undefined) ?? '';
			const scriptUrl = ['href', 'src', 'action', 'formaction'].includes(name) && /^\s*javascript:/i.test(value);
			if (name === 'style' || /^on[a-z]+$/.test(name) || scriptUrl) {
				found.push(`<${tag.toLowerCase()} ${name}="${value.slice(0, 60)}">`);
			}
		}
	}
	return found;
}

const metaPattern = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/i;

function decodeAttribute(value: string): string {
	return value.replaceAll('&#39;', "'").replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function readMetaPolicy(html: string): string | undefined {
	const match = metaPattern.exec(html);
	return match ? decodeAttribute(match[1] ?? '') : undefined;
}

/** `html` with its CSP `<meta>` tag carrying `policy` instead. */
export function writeMetaPolicy(html: string, policy: string): string {
	const content = policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
	return html.replace(metaPattern, () => `<meta http-equiv="content-security-policy" content="${content}">`);
}

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);

/** A page's policy cut to what the page needs, and the inline code the policy does not allow. */
export interface PagePolicy {
	policy: Policy;
	/** Each inline script or style that no hash in the policy allows, shortened for a message. */
	blocked: string[];
}

/**
 * Astro writes one list of hashes on every page: every inline script and stylesheet of the whole
 * site, plus every bundled JavaScript file (which `'self'` already allows). Each page keeps only
 * the hashes of its own inline code, which keeps some 4 KB of incompressible hashes out of every
 * page and makes each page's policy as tight as it can be.
 */
export function pagePolicy(policy: Policy, code: InlineCode): PagePolicy {
	const blocked: string[] = [];
	const result: Policy = new Map(policy);
	for (const [directive, texts] of [
		['script-src', code.scripts],
		['style-src', code.styles],
	] as const) {
		const sources = policy.get(directive) ?? policy.get('default-src') ?? [];
		const hashes = texts.map(cspHash);
		const needed = new Set(hashes);
		texts.forEach((text, index) => {
			if (!sources.includes(hashes[index]!)) blocked.push(`${directive}: ${text.slice(0, 80)}`);
		});
		if (policy.has(directive))
			result.set(
				directive,
				sources.filter((source) => !isHash(source) || needed.has(source)),
			);
	}
	return { policy: result, blocked };
}

/**
 * The header policy for every response: the pages' policies (which differ only in their hashes)
 * with all their hashes together, plus what only a header can carry. A response gets one header
 * for the whole site, because hosts limit the number of `_headers` rules (Cloudflare Pages: 100;
 * the site has about 300 pages); together with each page's own `<meta>` policy, which the browser
 * also enforces, every page still runs only its own inline code.
 */
export function sitePolicyFor(pages: Policy[], headerOnly: readonly string[] = sitePolicy.headerOnly): Policy {
	const union: Policy = new Map();
	for (const page of pages) {
		for (const [name, sources] of page) {
			const merged = union.get(name) ?? [];
			for (const source of sources) if (!merged.includes(source)) merged.push(source);
			union.set(name, merged);
		}
	}
	for (const [name, sources] of parsePolicy(headerOnly.join(';'))) union.set(name, sources);
	return union;
}

const HEADER_INDENT = '  ';
const CSP_HEADER = 'Content-Security-Policy';

/**
 * The `Content-Security-Policy` lines for `policy` in `_headers`. When one line would pass
 * `MAX_HEADER_LINE`, the style directives go on a second line: hosts join repeated header lines
 * with a comma, which browsers read as two policies and enforce both. A style must then pass
 * both, so the first policy allows any same-origin or inline style (`'unsafe-inline'`, which
 * would otherwise fall back to `default-src 'self'` and block every inline style) and the
 * second, with the hashes, decides: together they allow exactly what the single line did.
 */
export function headerLines(policy: Policy, maxLine = MAX_HEADER_LINE): string[] {
	const line = (p: Policy) => `${HEADER_INDENT}${CSP_HEADER}: ${serializePolicy(p)}`;
	const whole = line(policy);
	if (whole.length <= maxLine) return [whole];
	const styles = new Map([...policy].filter(([name]) => name.startsWith('style-src')));
	const rest = new Map([...policy].filter(([name]) => !name.startsWith('style-src')));
	for (const name of styles.keys()) rest.set(name, ["'self'", "'unsafe-inline'"]);
	const lines = [line(rest), line(styles)];
	const tooLong = lines.find((l) => l.length > maxLine);
	if (tooLong) {
		throw new Error(
			`[both-ends:csp-headers] A Content-Security-Policy line of ${tooLong.length} characters passes the ${maxLine} hosts accept: fewer distinct inline scripts or stylesheets are needed.`,
		);
	}
	return lines;
}

/** The text of `_headers` (Netlify and Cloudflare Pages format): one rule for every path. */
export function headersFile(policy: Policy, headers: Readonly<Record<string, string>> = securityHeaders): string {
	return [
		'# Written by src/integrations/csp-headers.ts at build time: edit the policy there, not here.',
		'# Each page also carries its own, tighter policy in a <meta> tag; browsers enforce both.',
		'/*',
		...headerLines(policy),
		...Object.entries(headers).map(([name, value]) => `${HEADER_INDENT}${name}: ${value}`),
		'',
	].join('\n');
}

/** One rule of a `_headers` file: a path pattern and its headers, in file order. */
export interface HeaderRule {
	/** The path pattern: exact, with `*` for any rest, or `:name` for one segment. */
	pattern: string;
	/** Header name and value pairs; a name may repeat. */
	headers: [string, string][];
}

/** Reads a `_headers` file (the subset `headersFile` writes, plus `:name` segments). */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (colon > 0 && rule) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

function patternMatches(pattern: string, pathname: string): boolean {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The headers for a request to `pathname`, as Netlify and Cloudflare Pages send them: every
 * matching rule applies, and a header named more than once has its values joined by `, `.
 */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const result = new Map<string, { name: string; values: string[] }>();
	for (const rule of rules) {
		if (!patternMatches(rule.pattern, pathname)) continue;
		for (const [name, value] of rule.headers) {
			const entry = result.get(name.toLowerCase()) ?? { name, values: [] };
			entry.values.push(value);
			result.set(name.toLowerCase(), entry);
		}
	}
	return Object.fromEntries([...result.values()].map(({ name, values }) => [name, values.join(', ')]));
}

/** What checking one page's policy found. */
export interface PolicyNote {
	/** The page's own policy, or none when the page has no policy `<meta>` tag. */
	policy?: Policy;
	/** What the policy would block on the page, each naming the page. */
	problems: string[];
}

// Astro writes the same site-wide policy on every page: parsed once per thread, not per page.
let parsedSitePolicy: { text: string; policy: Policy } | undefined;

/**
 * Checks one page's policy and cuts it to the page's own hashes (the page step of `cspHeaders()`,
 * run in the page steps' thread, and on the build's thread for pages read from disk).
 */
export const narrowPolicy: PageWork<PolicyNote> = (file, html) => {
	const meta = readMetaPolicy(html);
	if (meta === undefined) return { html, note: { problems: [`${file}: no Content-Security-Policy <meta> tag`] } };
	if (parsedSitePolicy?.text !== meta) parsedSitePolicy = { text: meta, policy: parsePolicy(meta) };
	const { policy, blocked } = pagePolicy(parsedSitePolicy.policy, findInlineCode(html));
	const problems = [
		...blocked.map((what) => `${file}: no hash allows ${what}`),
		...findInlineAttributes(html).map((what) => `${file}: inline ${what} needs 'unsafe-inline'`),
	];
	return { html: writeMetaPolicy(html, serializePolicy(policy)), note: { policy, problems } };
};

/**
 * Checks that every page has a CSP `<meta>` tag allowing each inline script and stylesheet on it
 * and that no markup needs `'unsafe-inline'` (the build fails otherwise, naming the page), cuts
 * each page's policy to its own hashes, and writes `_headers` with the policy for hosts that read
 * one. Rendered pages are checked and cut as they are rendered (`pageStep`, run by
 * `renderedPages()`); the rest (status pages, files from `public/`) after the build, from disk.
 */
export function cspHeaders(): AstroIntegration & { pageStep: PageStep<PolicyNote> } {
	/** Each page's own policy, by file (relative to the site). */
	const policies = new Map<string, Policy>();
	const problems: string[] = [];
	const noted = (file: string, note: PolicyNote) => {
		if (note.policy) policies.set(file, note.policy);
		problems.push(...note.problems);
	};
	return {
		name: 'both-ends:csp-headers',
		pageStep: { work: { module: import.meta.url, name: 'narrowPolicy' }, noted },
		hooks: {
			'astro:build:start': () => {
				policies.clear();
				problems.length = 0;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = await builtPages(dir);
				for (const file of files) {
					if (policies.has(file)) continue;
					const path = join(root, file);
					const { html, note } = narrowPolicy(file, readFileSync(path, 'utf8'));
					noted(file, note);
					writeFileSync(path, html);
				}
				if (problems.length > 0) {
					const shown = problems.slice(0, 20).join('\n  ');
					const more = problems.length > 20 ? `\n  …and ${problems.length - 20} more` : '';
					throw new Error(`[both-ends:csp-headers] The Content-Security-Policy would block:\n  ${shown}${more}`);
				}
				writeFileSync(join(root, '_headers'), headersFile(sitePolicyFor([...policies.values()])));
				logger.info(`Checked the policy of ${files.length} pages; wrote _headers`);
			},
		},
	};
}
