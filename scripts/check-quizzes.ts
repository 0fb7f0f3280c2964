/**
 * Checks quiz files the way the build does and prints every problem at once, one a line:
 * `src/content/quizzes/<file>: <path>: <message>`. Exits 1 if there is any.
 *
 *   node scripts/check-quizzes.ts              every src/content/quizzes/*.yaml, plus coverage:
 *                                              each quiz's modules exist, each module has a quiz
 *   node scripts/check-quizzes.ts a.yaml b.yaml only those files (no coverage check)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkQuizSource, QUIZ_DIR } from '../src/lib/quiz/check.ts';
import { coverageProblems, type QuizCoverageEntry } from '../src/lib/quiz/coverage.ts';
import { recallProblems, recallShare, type RecallShare } from '../src/lib/quiz/recall-share.ts';

const MODULE_DIR = 'src/content/modules';

/** `<track>/<slug>` of every module, from the files of any language. */
function moduleKeys(): string[] {
	const keys = readdirSync(MODULE_DIR, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => file.endsWith('.mdx') && file.split('/').length === 3)
		.map((file) =>
			file
				.replace(/\.mdx$/, '')
				.split('/')
				.slice(1)
				.join('/'),
		);
	return [...new Set(keys)];
}

const given = process.argv.slice(2);
const files =
	given.length > 0
		? given
		: existsSync(QUIZ_DIR)
			? readdirSync(QUIZ_DIR)
					.filter((name) => /^[^_].*\.ya?ml$/.test(name))
					.sort()
					.map((name) => join(QUIZ_DIR, name))
			: [];

const problems: string[] = [];
const checked: QuizCoverageEntry[] = [];
const shares: RecallShare[] = [];
for (const file of files) {
	const display = file.split('\\').join('/');
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		problems.push(`${display}: cannot read: ${(error as Error).message}`);
		continue;
	}
	const result = checkQuizSource(display, text);
	problems.push(...result.problems);
	if (result.quiz) {
		checked.push({ file: display, modules: result.quiz.modules });
		shares.push(recallShare(result.quiz));
	}
}
// Coverage needs every quiz to be readable; a broken file is reported above instead.
if (given.length === 0 && problems.length === 0) problems.push(...coverageProblems(checked, moduleKeys()));

problems.push(...recallProblems(shares));
// The report: each quiz's recall share, so authors see where they stand before a problem.
for (const entry of shares) {
	console.log(`${entry.quiz.padEnd(32)} recall ${entry.recall}/${entry.total} (${Math.round(entry.share * 100)} %)`);
}

for (const line of problems) console.error(line);
if (problems.length > 0) {
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in quizzes.`);
	process.exit(1);
}
console.log(`${files.length} quiz file${files.length === 1 ? '' : 's'} checked: no problems.`);
