import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PathSchema } from '../../src/lib/paths/schema.ts';

const files = readdirSync('src/content/paths').filter((f) => f.endsWith('.yaml'));

/** Where an item key's content lives in the source tree. */
const sourceOf = (key: string) => {
	const id = key.slice(2);
	if (key.startsWith('m:')) return `src/content/modules/en/${id}.mdx`;
	if (key.startsWith('q:')) return `src/content/quizzes/${id}.yaml`;
	return `src/content/scenarios/${id}.yaml`;
};

describe('learning paths', () => {
	it('include the four the course promises', () => {
		expect(files.sort()).toEqual(['callers-guide.yaml', 'first-week.yaml', 'trainers-kit.yaml', 'wellbeing-toolkit.yaml']);
	});

	it.each(files)('%s is valid and every item exists', (file) => {
		const result = PathSchema.safeParse(parse(readFileSync(`src/content/paths/${file}`, 'utf8')));
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.data?.id).toBe(file.replace(/\.yaml$/, ''));
		for (const key of result.data?.items ?? []) expect(existsSync(sourceOf(key)), key).toBe(true);
	});

	it('rejects an item listed twice', () => {
		const path = {
			id: 'x',
			track: 'agents',
			title: { en: 'a', fr: 'a', it: 'a' },
			summary: { en: 'a', fr: 'a', it: 'a' },
			items: ['q:a', 'q:a'],
		};
		expect(PathSchema.safeParse(path).error?.issues[0]?.message).toBe('an item appears twice');
	});
});
