import { describe, expect, it } from 'vitest';
import { findMissingTranslations, ModuleContentError, parseModulePath } from '../../src/lib/content/module-files';
import { modulesWithTrack, neighbours, toModuleRef, trackModules } from '../../src/lib/content/module-index';
import type { ModuleData } from '../../src/lib/content/module-schema';

describe('findMissingTranslations', () => {
	it('is empty when every slug exists in every language', () => {
		expect(findMissingTranslations(['en/agents/a.mdx', 'fr/agents/a.mdx', 'it/agents/a.mdx'])).toEqual([]);
	});

	it('names each missing file', () => {
		expect(findMissingTranslations(['en/agents/a.mdx', 'fr/agents/a.mdx', 'it/callers/b.mdx', 'en/callers/b.mdx'])).toEqual([
			'it/agents/a.mdx',
			'fr/callers/b.mdx',
		]);
	});

	it('rejects a file outside the <lang>/<track>/<slug> layout, naming it', () => {
		expect(() => findMissingTranslations(['de/agents/a.mdx'])).toThrow(/de\/agents\/a\.mdx/);
		expect(() => parseModulePath('en/sales/a.mdx')).toThrow(ModuleContentError);
		expect(() => parseModulePath('en/a.mdx')).toThrow(/<lang>\/<track>\/<slug>/);
	});
});

const data = (order: number, track: ModuleData['track'] = 'agents'): ModuleData => ({
	title: `Module ${order}`,
	summary: 'A summary long enough.',
	track,
	order,
	minutes: 3,
	objectives: ['Do one thing', 'Do another'],
	takeaways: ['One', 'Two things'],
	sources: [{ title: 'Source', url: 'https://example.org/' }],
	practice: [],
});

describe('module index', () => {
	const entries = [
		{ id: 'en/agents/second', data: data(2) },
		{ id: 'en/agents/first', data: data(1) },
		{ id: 'fr/agents/first', data: data(1) },
		{ id: 'en/callers/other', data: data(1, 'callers') },
	];

	it('lists one language’s track in order, with site paths', () => {
		const refs = trackModules(entries, 'en', 'agents');
		expect(refs.map((r) => r.href)).toEqual(['/en/agents/first/', '/en/agents/second/']);
	});

	it('gives previous and next within the track', () => {
		const refs = trackModules(entries, 'en', 'agents');
		expect(neighbours(refs, 'first').next?.slug).toBe('second');
		expect(neighbours(refs, 'first').prev).toBeUndefined();
		expect(neighbours(refs, 'second').prev?.slug).toBe('first');
	});

	it('gives every module its track’s list in one pass, the same lists as one track at a time', () => {
		const all = modulesWithTrack(entries);
		expect(all.map(({ ref }) => ref.entry.id)).toEqual(entries.map((entry) => entry.id));
		for (const { ref, inTrack } of all) expect(inTrack).toEqual(trackModules(entries, ref.locale, ref.track));
	});

	it('refuses frontmatter whose track disagrees with its folder, naming the file', () => {
		expect(() => toModuleRef({ id: 'en/agents/x', data: data(1, 'callers') })).toThrow('src/content/modules/en/agents/x.mdx');
	});
});
