/**
 * How the build scales with the course: `npm run bench:scale [-- 32 300 1000]`.
 *
 * For each N, a temporary copy of the project (the files git tracks, with this checkout's
 * node_modules linked in) gets N synthetic modules per language, each a copy of a real module
 * with its quiz under a new id, and is built. Printed per N: build wall time, CPU seconds (user +
 * system, the build and its children), peak memory, the size of dist/ and of the Pagefind index,
 * the builder and My progress pages' HTML (gzip), and how long a search takes in Chromium on
 * that index; and the build's own timings of its phases, to see where the time goes. Nothing
 * is written to this checkout; the copies are removed afterwards (`BENCH_KEEP=1` keeps them, to
 * profile a build of one). Not part of `npm test`: the largest run takes minutes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { serveDist } from './serve.ts';

const sizes = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => Number.isInteger(n) && n > 0);
const counts = sizes.length > 0 ? sizes : [32, 300, 1000];
/** The real module each synthetic one copies, and its quiz. */
const TEMPLATE = { track: 'agents', slug: 'hold-done-right' };
const LANGS = ['en', 'fr', 'it'] as const;

/** A copy of the project with `count` synthetic modules (and quizzes) per language. */
function scaledCopy(count: number): string {
	const root = mkdtempSync(join(tmpdir(), `both-ends-bench-${count}-`));
	const tracked = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
	for (const file of tracked) {
		if (!existsSync(file)) continue;
		mkdirSync(dirname(join(root, file)), { recursive: true });
		cpSync(file, join(root, file));
	}
	symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
	const quiz = readFileSync(`src/content/quizzes/${TEMPLATE.slug}.yaml`, 'utf8');
	for (let index = 1; index <= count; index += 1) {
		const id = `bench-${String(index).padStart(4, '0')}`;
		for (const lang of LANGS) {
			const module = readFileSync(`src/content/modules/${lang}/${TEMPLATE.track}/${TEMPLATE.slug}.mdx`, 'utf8');
			// A title of its own (search and lists tell them apart), the rest as written.
			const renamed = module.replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title} (${id})"`);
			writeFileSync(join(root, `src/content/modules/${lang}/${TEMPLATE.track}/${id}.mdx`), renamed);
		}
		writeFileSync(
			join(root, `src/content/quizzes/${id}.yaml`),
			quiz.replace(/^id: .*$/m, `id: ${id}`).replace(/^modules: \[.*\]$/m, `modules: [${TEMPLATE.track}/${id}]`),
		);
	}
	return root;
}

function bytesUnder(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (stat.isFile()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}

/** Builds the copy as `npm run build` does, under GNU time: wall seconds, CPU seconds, peak resident memory. */
function timedBuild(root: string) {
	// From a cold content cache, as a fresh clone builds: Astro keeps it in node_modules/.astro,
	// which the copy shares with this checkout (a cache only; the next build writes it again).
	rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
	const run = spawnSync('/usr/bin/time', ['-v', 'npm', 'run', 'build'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
	if (run.status !== 0) throw new Error(`build failed in ${root}:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-4000)}`);
	const field = (name: string) => new RegExp(`${name}: (.+)`).exec(run.stderr)?.[1]?.trim() ?? '';
	const [minutes = '0', seconds = '0'] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').slice(-2);
	return {
		wall: Number(minutes) * 60 + Number(seconds),
		cpu: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
		peakMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
		warnings: (run.stdout.match(/\[WARN\]/g) ?? []).length,
		// Where the time goes: Astro's and the integrations' own timings, as the build prints them.
		phases: run.stdout
			.split('\n')
			.filter((line) => /built in|Completed in|Indexed \d+ pages|page\(s\) built/.test(line))
			.map((line) => stripVTControlCharacters(line).trim()),
	};
}

/** Milliseconds from typing a query on the search page to its results, median of five. */
async function searchLatency(root: string): Promise<number> {
	const port = 4650;
	const server = await serveDist(port, join(root, 'dist'));
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const page = await browser.newPage();
		await page.goto(`http://localhost:${port}/en/search/`);
		const times: number[] = [];
		for (const query of ['hold', 'callback', 'transfer', 'refund', 'caller']) {
			const started = Date.now();
			await page.goto(`http://localhost:${port}/en/search/?q=${query}`);
			await page.locator('[data-search-results] li').first().waitFor();
			times.push(Date.now() - started);
		}
		return times.sort((a, b) => a - b)[2]!;
	} finally {
		await browser.close();
		server.close();
	}
}

const rows: string[] = [];
for (const count of counts) {
	const root = scaledCopy(count);
	try {
		console.log(`Building with ${count} synthetic modules per language in ${root}…`);
		const build = timedBuild(root);
		for (const phase of build.phases) console.log(`  ${phase}`);
		const dist = join(root, 'dist');
		const builder = gzipSync(readFileSync(join(dist, 'en/trainers/assign/index.html')), { level: 9 }).length;
		const progress = gzipSync(readFileSync(join(dist, 'en/progress/index.html')), { level: 9 }).length;
		const latency = await searchLatency(root);
		const pages = execFileSync('find', [dist, '-name', '*.html'], { encoding: 'utf8' }).split('\n').filter(Boolean).length;
		rows.push(
			[
				String(count).padStart(5),
				String(pages).padStart(6),
				`${build.wall.toFixed(1)} s`.padStart(8),
				`${build.cpu.toFixed(1)} s`.padStart(8),
				`${build.peakMb.toFixed(0)} MB`.padStart(8),
				`${(bytesUnder(dist) / 1e6).toFixed(1)} MB`.padStart(9),
				`${(bytesUnder(join(dist, 'pagefind')) / 1e6).toFixed(1)} MB`.padStart(9),
				`${(builder / 1024).toFixed(1)} KB`.padStart(9),
				`${(progress / 1024).toFixed(1)} KB`.padStart(9),
				`${latency} ms`.padStart(8),
				String(build.warnings).padStart(5),
			].join(' '),
		);
	} finally {
		if (process.env.BENCH_KEEP) console.log(`Kept ${root}`);
		else rmSync(root, { recursive: true, force: true });
	}
}
console.log(`\nmodules/lang  pages     wall      CPU     peak      dist  pagefind  builder  progress   search  warns`);
for (const row of rows) console.log(row);
