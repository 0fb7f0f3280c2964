import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { practiceLinkProblems, type PracticeLinkInput } from '../../../src/lib/content/practice-links';

const base: PracticeLinkInput = {
	modules: [{ key: 'agents/a', practice: [] }],
	quizzes: [{ id: 'a', modules: ['agents/a'] }],
	scenarios: [{ id: 'call', modules: ['agents/a'] }],
};

describe('practiceLinkProblems', () => {
	it('accepts items linked both ways', () => {
		expect(practiceLinkProblems(base)).toEqual([]);
	});

	it('names a quiz no module links, and accepts it once a module names it in `practice`', () => {
		const orphan = { ...base, quizzes: [...base.quizzes, { id: 'spot', modules: [] }] };
		expect(practiceLinkProblems(orphan)).toEqual([expect.stringContaining('src/content/quizzes/spot.yaml: no module links this quiz')]);
		const linked = { ...orphan, modules: [{ key: 'agents/a', practice: [{ kind: 'quiz' as const, id: 'spot' }] }] };
		expect(practiceLinkProblems(linked)).toEqual([]);
	});

	it('names a role-play no module links', () => {
		expect(practiceLinkProblems({ ...base, scenarios: [{ id: 'lonely', modules: [] }] })).toEqual([
			expect.stringContaining('src/content/scenarios/lonely.yaml: no module links this role-play'),
		]);
	});

	it('names a module that offers nothing to practise, and a practice item that does not exist', () => {
		const problems = practiceLinkProblems({
			modules: [...base.modules, { key: 'callers/b', practice: [{ kind: 'roleplay', id: 'missing' }] }, { key: 'callers/c', practice: [] }],
			quizzes: base.quizzes,
			scenarios: base.scenarios,
		});
		expect(problems).toEqual([
			'src/content/modules/*/callers/b.mdx: practice: no roleplay "missing"',
			expect.stringContaining('src/content/modules/*/callers/c.mdx: offers no practice'),
		]);
	});
});

describe('the shipped content', () => {
	const frontmatter = (file: string) =>
		parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as {
			practice?: PracticeLinkInput['modules'][number]['practice'];
		};
	const moduleFiles = readdirSync('src/content/modules/en', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
	const yamlIn = (dir: string) => readdirSync(dir).filter((file) => /^[^_].*\.yaml$/.test(file));
	const input: PracticeLinkInput = {
		modules: moduleFiles.map((file) => ({
			key: file.replace(/\.mdx$/, ''),
			practice: frontmatter(`src/content/modules/en/${file}`).practice ?? [],
		})),
		quizzes: yamlIn('src/content/quizzes')
			.map((file) => parse(readFileSync(`src/content/quizzes/${file}`, 'utf8')) as { id: string; modules?: string[] })
			.map((q) => ({ id: q.id, modules: q.modules ?? [] })),
		scenarios: yamlIn('src/content/scenarios')
			.map((file) => parse(readFileSync(`src/content/scenarios/${file}`, 'utf8')) as { id: string; modules?: string[] })
			.map((s) => ({ id: s.id, modules: s.modules ?? [] })),
	};

	it('links every quiz and role-play from a module, and offers practice on every module', () => {
		expect(input.quizzes.length).toBeGreaterThan(0);
		expect(input.scenarios.length).toBeGreaterThan(0);
		expect(practiceLinkProblems(input)).toEqual([]);
	});
});
