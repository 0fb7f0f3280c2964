import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every content file (modules, tools, scenarios, quizzes, paths, glossary). */
function contentFiles(dir = 'src/content'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? contentFiles(join(dir, entry.name)) : /\.(mdx?|ya?ml)$/.test(entry.name) ? [join(dir, entry.name)] : [],
	);
}

describe('content typography', () => {
	it('uses one apostrophe style (’) between letters, in every language, outside addresses', () => {
		const offending = contentFiles().flatMap((file) =>
			readFileSync(file, 'utf8')
				.split('\n')
				.map((line, index) => ({ line: line.replace(/https?:\/\/\S+/g, ''), index }))
				.filter(({ line }) => /\p{L}'\p{L}/u.test(line))
				.map(({ index }) => `${file}:${index + 1}`),
		);
		expect(offending).toEqual([]);
	});

	it('spaces French punctuation with no-break spaces: before : ; ! ? and inside « »', () => {
		const french = contentFiles().flatMap((file) => {
			const lines = readFileSync(file, 'utf8').split('\n');
			// French files whole; in multilingual YAML, the `fr:` lines.
			const isFrench = /\/fr\//.test(file);
			return lines
				.map((line, index) => ({ line: line.replace(/https?:\/\/\S+/g, ''), where: `${file}:${index + 1}` }))
				.filter(({ line }) => isFrench || /^\s*fr: /.test(line));
		});
		const offending = french.filter(({ line }) => / [;!?:](\s|$)|« | »/.test(line)).map(({ where }) => where);
		expect(offending).toEqual([]);
	});
});
