import { describe, expect, it } from 'vitest';
import { loadCardContent } from '../../../src/lib/review/card-content.ts';

const words = { true: 'True', false: 'False', turnPrompt: 'What do you say?' };

/** A fetch that answers from `files` and remembers what it was asked for. */
function fakeFetch(files: Record<string, unknown>) {
	const asked: string[] = [];
	const fetchJson = async (path: string) => {
		asked.push(path);
		if (!(path in files)) throw new Error(`${path}: 404`);
		return files[path];
	};
	return { asked, fetchJson };
}

const data = {
	sources: { 'm:agents/hold': { title: 'Hold done right', href: '/en/agents/hold/' } },
	checks: {
		'agents/hold': {
			ask: {
				id: 'ask',
				prompt: 'Before you put a caller on hold…',
				multiple: false,
				options: [
					{ id: 'a', text: 'Ask first', correct: true, feedback: 'Yes: they can say no.' },
					{ id: 'b', text: 'Press hold', correct: false, feedback: 'They hear silence.' },
				],
			},
		},
	},
};

describe('the content of due cards', () => {
	it('fetches nothing when nothing is due (an empty review page downloads no card words)', async () => {
		const { asked, fetchJson } = fakeFetch({});
		expect(await loadCardContent([], 'en', fetchJson, words)).toEqual({ content: new Map(), skipped: 0 });
		expect(asked).toEqual([]);
	});

	it('shows a module check from the review data, and leaves out a quiz no longer on the site without fetching it', async () => {
		const { asked, fetchJson } = fakeFetch({ '/en/review/data.json': data });
		const loaded = await loadCardContent(['check:agents/hold/ask', 'quiz:gone/q1'], 'en', fetchJson, words);
		expect([...loaded.content.keys()]).toEqual(['check:agents/hold/ask']);
		expect(loaded.content.get('check:agents/hold/ask')?.origin).toEqual({
			kind: 'check',
			title: 'Hold done right',
			href: '/en/agents/hold/',
		});
		expect(loaded.skipped).toBe(1);
		expect(asked).toEqual(['/en/review/data.json']);
	});

	it('refuses review data that is not what the site writes, naming the field', async () => {
		const { fetchJson } = fakeFetch({
			'/en/review/data.json': { sources: { x: { title: 'T', href: 'javascript:alert(1)' } }, checks: {} },
		});
		await expect(loadCardContent(['check:agents/hold/ask'], 'en', fetchJson, words)).rejects.toThrow(/sources\.x\.href/);
	});
});
