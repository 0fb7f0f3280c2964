import { describe, expect, it } from 'vitest';
import { citedSources } from '../../src/lib/content/sources.ts';
import type { ModuleRef } from '../../src/lib/content/module-index.ts';

const ref = (slug: string, title: string, sources: { title: string; url: string }[]) =>
	({ href: `/en/agents/${slug}/`, entry: { data: { title, sources } } }) as unknown as ModuleRef;

describe('citedSources', () => {
	it('lists each URL once, with every module citing it, sorted by title', () => {
		const list = citedSources(
			[
				ref('a', 'Module A', [{ title: 'Zeta study', url: 'https://z.org/' }, { title: 'Alpha law', url: 'https://a.org/' }]),
				ref('b', 'Module B', [{ title: 'Zeta study (again)', url: 'https://z.org/' }]),
			],
			'en',
		);
		expect(list.map((s) => s.title)).toEqual(['Alpha law', 'Zeta study']);
		expect(list[1]?.citedBy.map((m) => m.title)).toEqual(['Module A', 'Module B']);
	});
});
