/**
 * Reports how fresh the content's facts are: every source cited by a module, a tool page, the
 * glossary or the rights finder (and each finder answer's own date), listing (a) those last checked more than 12 months ago and (b) those with no
 * `checked` date, grouped by file with counts. A report, not a check: it always exits 0.
 *
 *   node scripts/check-fact-dates.ts                     as of today (UTC)
 *   node scripts/check-fact-dates.ts --today=2027-12-04  as of another day, to see what will go stale
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factDatesReport, frontmatterSources, glossarySources, rightsSources, type FactSource } from '../src/lib/content/fact-dates.ts';

const FOLDERS = ['src/content/modules', 'src/content/tools'];
const GLOSSARY = 'src/content/glossary.yaml';
const RIGHTS = 'src/content/rights';

const option = process.argv.slice(2).find((arg) => arg.startsWith('--today='));
const today = option?.slice('--today='.length) ?? new Date().toISOString().slice(0, 10);

const entries: FactSource[] = [];
const unreadable: string[] = [];
const read = (file: string, extract: (file: string, text: string) => FactSource[]) => {
	try {
		entries.push(...extract(file, readFileSync(file, 'utf8')));
	} catch (error) {
		unreadable.push(`${file}: ${(error as Error).message.split('\n')[0]}`);
	}
};

for (const folder of FOLDERS) {
	if (!existsSync(folder)) continue;
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.map((file) => join(folder, file).split('\\').join('/'))
		.filter((file) => /\.mdx?$/.test(file) && !/(^|\/)_/.test(file.slice(folder.length)))
		.sort();
	for (const file of files) read(file, frontmatterSources);
}
if (existsSync(GLOSSARY)) read(GLOSSARY, glossarySources);
if (existsSync(RIGHTS)) {
	for (const name of readdirSync(RIGHTS)
		.filter((file) => /^[^_].*\.yaml$/.test(file))
		.sort())
		read(`${RIGHTS}/${name}`, rightsSources);
}

try {
	for (const line of factDatesReport(entries, today)) console.log(line);
} catch (error) {
	console.log(`Cannot report: ${(error as Error).message}`);
}
if (unreadable.length > 0)
	console.log(['', 'Could not read (the build will say why):', ...unreadable.map((line) => `  ${line}`)].join('\n'));
