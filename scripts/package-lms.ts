/**
 * LMS packages from the built site: `npm run package` (after `npm run build`; part of `npm test`).
 *
 * For every learning path and every module (with its quiz), in each language, a SCORM 1.2 zip and
 * a cmi5 zip in `dist-lms/`. Each holds the pages it needs with every root-absolute URL made
 * relative (a link to a page it leaves out goes to the public site), the scripts and styles those
 * pages load, a search index of its own pages, a launcher (`index.html`, `src/components/lms/
 * launcher.ts`) and its manifest, validated against the official schema with xmllint. No service
 * worker. The step fails, naming the package and the file, if a URL it cannot make relative remains.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { strToU8, zipSync, type Zippable } from 'fflate';
import * as pagefind from 'pagefind';
import { withSmallerChunks } from '../src/integrations/pagefind-chunks.ts';
import { ELEMENT_NODE, parse, renderSync, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { parse as parseYaml } from 'yaml';
import { catalogues } from '../src/lib/i18n/catalogue/index.ts';
import { fill } from '../src/lib/i18n/format.ts';
import { locales, type Locale } from '../src/lib/i18n/locales.ts';
import type { LaunchFile } from '../src/lib/lms/launch-file.ts';
import { cmi5Course, scormManifest } from '../src/lib/lms/manifest.ts';
import type { LmsFormat, PackageItem, PackageQuestion } from '../src/lib/lms/package-description.ts';
import {
	relativePath,
	rewriteCss,
	rewriteProps,
	rewriteUrl,
	scriptDependencies,
	UnpackableUrl,
	type RewriteContext,
	type SiteTarget,
} from '../src/lib/lms/relative-urls.ts';
import { validateManifest } from '../src/lib/lms/validate-manifest.ts';

const DIST = 'dist';
const OUT = 'dist-lms';
const FORMATS: LmsFormat[] = ['scorm12', 'cmi5'];
/** The launcher page's script, in every package (its format's build of `src/components/lms/launcher.ts`). */
const LAUNCHER_SCRIPT = 'lms/launcher.js';
const SCORM_SCHEMA_DIR = 'tests/fixtures/lms-schemas/scorm12';
const SCORM_SCHEMAS = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'];
/** A path passes when the mean of its scored items reaches this: the assignment builder's usual pass mark. */
const PATH_MASTERY = 0.8;
/** Files every package needs that its pages load from script rather than from their HTML. */
const ALWAYS = (lang: Locale) => ['favicon.svg', 'search-ui.js', 'progress-merge.js', `${lang}/search-labels.json`];

/** How each quiz question type is reported to an LMS (SCORM 1.2 interaction types). */
const INTERACTION_TYPES: Record<string, PackageQuestion['type']> = {
	single: 'choice',
	best: 'choice',
	multiple: 'choice',
	spot: 'choice',
	truefalse: 'true-false',
	order: 'sequencing',
	match: 'matching',
};

interface CatalogueEntry {
	key: string;
	kind: 'module' | 'quiz' | 'roleplay' | 'path';
	title: string;
	href: string;
	items?: string[];
}

class PackagingError extends Error {}

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(DIST, file), 'utf8'));
const site = (() => {
	const sitemap = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
	const first = /<loc>([^<]+)<\/loc>/.exec(sitemap)?.[1];
	if (!first) throw new PackagingError('dist/sitemap-index.xml names no sitemap: build the site first');
	return new URL('/', first).href;
})();

/** What a root-absolute path of the site is, from the files of the build. */
function resolveSitePath(path: string): SiteTarget | undefined {
	const clean = decodeURIComponent(path).replace(/^\/+/, '');
	if (clean === '' || clean.endsWith('/')) {
		const file = `${clean}index.html`;
		return existsSync(join(DIST, file)) ? { kind: 'page', file } : undefined;
	}
	if (!existsSync(join(DIST, clean))) return undefined;
	if (statSync(join(DIST, clean)).isDirectory()) return resolveSitePath(`/${clean}/`);
	return clean.endsWith('.html') ? { kind: 'page', file: clean } : { kind: 'file', file: clean };
}

const catalogueOf = (lang: Locale) => readJson(`${lang}/trainers/catalogue.json`) as CatalogueEntry[];
const pageFileOf = (href: string) => {
	const target = resolveSitePath(href);
	if (target?.kind !== 'page') throw new PackagingError(`${href}: no page in dist/`);
	return target.file;
};

function quizQuestions(lang: Locale, quizId: string): { questions: PackageQuestion[]; passMark: number } {
	const { quiz } = readJson(`${lang}/quiz/${quizId}.json`) as { quiz: { passMark: number; questions: { id: string; type: string }[] } };
	return {
		passMark: quiz.passMark,
		questions: quiz.questions.map(({ id, type }) => {
			const mapped = INTERACTION_TYPES[type];
			if (!mapped)
				throw new PackagingError(`${lang}/quiz/${quizId}.json: question ${id} has type "${type}", which has no LMS interaction type`);
			return { id, type: mapped };
		}),
	};
}

const scenarioDimensions = (id: string): string[] =>
	(parseYaml(readFileSync(`src/content/scenarios/${id}.yaml`, 'utf8')) as { dimensions: string[] }).dimensions;

/** A package item for a catalogue key, with the page that opens it. */
function itemFor(lang: Locale, key: string, catalogue: Map<string, CatalogueEntry>, quizPage?: string): PackageItem {
	const [kind, id = ''] = [key.slice(0, 1), key.slice(2)];
	const entry = catalogue.get(key);
	if (!entry) throw new PackagingError(`${lang}: ${key} is not in the course list`);
	if (kind === 'q') {
		const href = quizPage ?? pageFileOf(`/${lang}/quiz/${id}/`);
		return { key, title: entry.title, href, questions: quizQuestions(lang, id).questions };
	}
	const item: PackageItem = { key, title: entry.title, href: pageFileOf(entry.href) };
	if (kind === 'r') item.dimensions = scenarioDimensions(id);
	return item;
}

/** Every package: one per path and per module, per language (the format is applied when writing). */
function describePackages(): Omit<LaunchFile, 'format'>[] {
	const lists = Object.fromEntries(locales.map((lang) => [lang, new Map(catalogueOf(lang).map((entry) => [entry.key, entry]))])) as Record<
		Locale,
		Map<string, CatalogueEntry>
	>;
	const packages: Omit<LaunchFile, 'format'>[] = [];
	for (const lang of locales) {
		const catalogue = lists[lang];
		for (const entry of catalogue.values()) {
			if (entry.kind !== 'module' && entry.kind !== 'path') continue;
			const titles = Object.fromEntries(locales.map((l) => [l, lists[l].get(entry.key)?.title ?? entry.title])) as Record<Locale, string>;
			const descriptions = Object.fromEntries(
				locales.map((l) => [
					l,
					fill(catalogues[l].lms[entry.kind === 'path' ? 'pathDescription' : 'moduleDescription'], { title: titles[l] }),
				]),
			) as Record<Locale, string>;
			const start = pageFileOf(entry.href);
			let items: PackageItem[];
			let mastery = PATH_MASTERY;
			if (entry.kind === 'module') {
				// The module page carries its quiz (`LazyQuiz`): one page, two items.
				const quizId = /data-quiz-src="\/[a-z]{2}\/quiz\/([a-z0-9-]+)\.json"/.exec(readFileSync(join(DIST, start), 'utf8'))?.[1];
				if (!quizId) throw new PackagingError(`${start}: the module page carries no quiz`);
				items = [itemFor(lang, entry.key, catalogue), itemFor(lang, `q:${quizId}`, catalogue, start)];
				mastery = quizQuestions(lang, quizId).passMark / 100;
			} else {
				items = (entry.items ?? []).map((key) => itemFor(lang, key, catalogue));
			}
			const id = `both-ends.${lang}.${entry.kind}.${entry.key.slice(2).replace('/', '.')}`;
			packages.push({ id, lang, kind: entry.kind, titles, descriptions, launch: 'index.html', start, mastery, items, site });
		}
	}
	return packages;
}

/** The page as the package serves it: its URLs relative, the site's navigation out, its package named. */
function packagePage(html: string, file: string, context: RewriteContext, id: string): string {
	const doc = parse(html);
	const dropped: ElementNode[] = [];
	const problems: string[] = [];
	walkSync(doc, (visited: Node) => {
		if (visited.type !== ELEMENT_NODE) return;
		const node = visited;
		const attributes = node.attributes;
		const rel = attributes.rel ?? '';
		if (
			attributes['data-lms'] === 'drop' ||
			(node.name === 'link' && /\b(canonical|alternate|manifest)\b/.test(rel)) ||
			(node.name === 'meta' && /^https?:/.test(attributes.content ?? ''))
		) {
			dropped.push(node);
			return;
		}
		if (node.name === 'html') {
			attributes['data-site-root'] = relativePath(context.fromDir, '') || './';
			attributes['data-lms-package'] = id;
		}
		if (attributes['data-lms'] === 'unlink' && node.name === 'a') {
			node.name = 'span';
			delete attributes.href;
		}
		for (const [name, value] of Object.entries(attributes)) {
			try {
				if (name === 'props') attributes[name] = rewriteProps(value, context);
				else if (value.startsWith('/')) attributes[name] = rewriteUrl(value, context, node.name === 'a' && name === 'href');
			} catch (error) {
				if (!(error instanceof UnpackableUrl)) throw error;
				problems.push(`<${node.name} ${name}>: ${error.message}`);
			}
		}
	});
	if (problems.length > 0) throw new PackagingError(`${file}: ${problems.join('; ')}`);
	for (const node of dropped) {
		const siblings = (node.parent as ElementNode).children;
		siblings.splice(siblings.indexOf(node), 1);
	}
	return renderSync(doc);
}

/** Root-absolute URLs, and absolute ones in anything a page loads (links to read elsewhere may be absolute). */
function leftoverUrls(html: string): string[] {
	const rootAbsolute = [...html.matchAll(/\s([a-z-]+)="(\/(?!\/)[^"]*)"/g)].map(([, name, url]) => `${name}="${url}"`);
	const loaded = [
		...html.matchAll(
			/<(?!a\s)([a-z-]+)\s[^>]*?\b(src|href|component-url|renderer-url|before-hydration-url|data-[a-z-]+-src)="((?:https?:)?\/\/[^"]*)"/g,
		),
	].map(([, tag, name, url]) => `<${tag} ${name}="${url}">`);
	const inProps = [...html.matchAll(/&quot;(\/(?!\/)[^&\s]*)&quot;/g)].map(([, url]) => `props "${url}"`);
	return [...rootAbsolute, ...loaded, ...inProps];
}

/** The launcher page: a status line and the frame the course runs in (see `launcher.ts`). */
function launcherPage(pkg: Omit<LaunchFile, 'format'>): string {
	const strings = catalogues[pkg.lang].lms;
	const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	const title = attribute(pkg.titles[pkg.lang]);
	return `<!doctype html>
<html lang="${pkg.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<style>
html, body { margin: 0; height: 100%; font: 0.9rem/1.4 system-ui, sans-serif; color-scheme: light dark; }
body { display: flex; flex-direction: column; }
[data-lms-status] { margin: 0; padding: 0.35rem 1rem; }
[data-lms-status][data-state="failed"] { font-weight: 600; }
iframe { flex: 1; width: 100%; border: 0; }
</style>
</head>
<body>
<p data-lms-status role="status" data-connecting="${attribute(strings.connecting)}" data-connected="${attribute(strings.connected)}" data-no-lms="${attribute(strings.noLms)}" data-failed="${attribute(strings.failed)}"></p>
<iframe data-lms-frame title="${attribute(fill(strings.frameTitle, { title: pkg.titles[pkg.lang] }))}"></iframe>
<script type="module" src="${LAUNCHER_SCRIPT}"></script>
</body>
</html>
`;
}

/** The launcher's script of each format, built once for every package. */
async function launcherScripts(): Promise<Record<LmsFormat, Uint8Array>> {
	const outdir = join(tmpdir(), `both-ends-lms-${process.pid}`);
	await build({
		entryPoints: { scorm12: 'src/components/lms/scorm12-launcher.ts', cmi5: 'src/components/lms/cmi5-launcher.ts' },
		outdir,
		bundle: true,
		minify: true,
		format: 'esm',
		target: 'es2022',
		logLevel: 'silent',
	});
	const scripts = { scorm12: readFileSync(join(outdir, 'scorm12.js')), cmi5: readFileSync(join(outdir, 'cmi5.js')) };
	rmSync(outdir, { recursive: true, force: true });
	return scripts;
}

/** Pagefind's index of the package's pages, as files under `pagefind/`. */
async function searchIndex(pages: Map<string, string>): Promise<Map<string, Uint8Array>> {
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new PackagingError(`Pagefind: ${errors.join('; ')}`);
	for (const [file, html] of pages) {
		const added = await index.addHTMLFile({ url: `/${file}`, content: html });
		if (added.errors.length > 0) throw new PackagingError(`Pagefind, ${file}: ${added.errors.join('; ')}`);
	}
	const { files, errors: fileErrors } = await index.getFiles();
	if (fileErrors.length > 0) throw new PackagingError(`Pagefind: ${fileErrors.join('; ')}`);
	await index.deleteIndex();
	// The same smaller index chunks as the site's (src/integrations/pagefind-chunks.ts).
	const bundle = withSmallerChunks(new Map(files.map(({ path, content }) => [path, content])));
	return new Map([...bundle].map(([path, content]) => [`pagefind/${path}`, content]));
}

/** The package's files, without manifest, lms.json and launcher script: pages, what they load, the launcher page and the search index. */
async function packageFiles(pkg: Omit<LaunchFile, 'format'>): Promise<Map<string, Uint8Array>> {
	// The search page too: the header's search form falls back to it without JavaScript.
	const pageFiles = new Set([pkg.start, ...pkg.items.map(({ href }) => href), `${pkg.lang}/search/index.html`]);
	const files = new Map<string, Uint8Array>();
	const queue = [...ALWAYS(pkg.lang)];
	const contextFor = (file: string): RewriteContext => ({
		fromDir: file.split('/').slice(0, -1).join('/') + (file.includes('/') ? '/' : ''),
		resolve: resolveSitePath,
		hasPage: (page) => pageFiles.has(page),
		needs: (needed) => queue.push(needed),
		site,
	});
	const pages = new Map<string, string>();
	for (const file of pageFiles) {
		const original = readFileSync(join(DIST, file), 'utf8');
		pages.set(file, original);
		const html = packagePage(original, file, contextFor(file), pkg.id);
		const leftover = leftoverUrls(html);
		if (leftover.length > 0)
			throw new PackagingError(`${pkg.id}, ${file}: URLs that would not work in an LMS: ${leftover.slice(0, 5).join(', ')}`);
		files.set(file, strToU8(html));
	}
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (files.has(file)) continue;
		const path = join(DIST, file);
		if (!existsSync(path)) throw new PackagingError(`${pkg.id}: ${file} is needed but not in dist/`);
		if (file.endsWith('.css')) {
			files.set(file, strToU8(rewriteCss(readFileSync(path, 'utf8'), contextFor(file))));
		} else {
			const content = readFileSync(path);
			files.set(file, content);
			if (file.endsWith('.js')) queue.push(...scriptDependencies(content.toString('utf8'), file));
		}
	}
	for (const [file, content] of await searchIndex(pages)) files.set(file, content);
	files.set('index.html', strToU8(launcherPage(pkg)));
	return files;
}

async function main(): Promise<void> {
	const started = performance.now();
	rmSync(OUT, { recursive: true, force: true });
	mkdirSync(OUT, { recursive: true });
	const launchers = await launcherScripts();
	const packages = describePackages();
	const manifestDir = join(tmpdir(), `both-ends-manifests-${process.pid}`);
	mkdirSync(manifestDir, { recursive: true });
	let bytes = 0;
	try {
		for (const base of packages) {
			const common = await packageFiles(base);
			for (const format of FORMATS) {
				const pkg: LaunchFile = { ...base, format };
				const files = new Map(common).set(LAUNCHER_SCRIPT, launchers[format]);
				const manifestName = format === 'scorm12' ? 'imsmanifest.xml' : 'cmi5.xml';
				const manifest = format === 'scorm12' ? scormManifest(pkg, [...files.keys(), 'lms.json'].sort()) : cmi5Course(pkg);
				const manifestFile = join(manifestDir, `${pkg.id}.${format}.xml`);
				writeFileSync(manifestFile, manifest);
				const valid = validateManifest(manifestFile, format);
				if (!valid.ok) throw new PackagingError(`${pkg.id} (${format}): ${manifestName} is not valid: ${valid.message}`);
				const zip: Zippable = { [manifestName]: strToU8(manifest), 'lms.json': strToU8(JSON.stringify(pkg)) };
				// A SCORM 1.2 manifest names its schemas at the package's root, where LMSs that validate look.
				if (format === 'scorm12') for (const schema of SCORM_SCHEMAS) zip[schema] = readFileSync(join(SCORM_SCHEMA_DIR, schema));
				for (const [file, content] of files) zip[file] = content;
				const zipped = zipSync(zip, { level: 6 });
				writeFileSync(join(OUT, `${pkg.id}.${format}.zip`), zipped);
				bytes += zipped.length;
			}
		}
	} finally {
		rmSync(manifestDir, { recursive: true, force: true });
		await pagefind.close();
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`Wrote ${packages.length * FORMATS.length} LMS packages (${packages.length} paths and modules × SCORM 1.2 and cmi5) to ${OUT}/: ${(bytes / 1024 / 1024).toFixed(1)} MB in ${seconds} s`,
	);
}

main().catch((error: Error) => {
	console.error(error instanceof PackagingError ? `package-lms: ${error.message}` : error);
	process.exit(1);
});
