import { describe, expect, it } from 'vitest';
import { preloadHelperCode } from '../../../src/integrations/small-preload.ts';

type FakeLink = { href: string; rel: string; onload?: () => void; onerror?: () => void };

/** The helper as the browser runs it from `helperUrl`, against a document that only records the links added. */
function loadHelper(helperUrl = 'https://site.example/_astro/preload-helper.js') {
	const links: FakeLink[] = [];
	const document = {
		createElement: (): FakeLink => ({ href: '', rel: '' }),
		head: { append: (link: FakeLink) => links.push(link) },
	};
	const body = preloadHelperCode('/')
		.replace('export const __vitePreload =', 'return')
		.replaceAll('import.meta.url', JSON.stringify(helperUrl));
	const preload = new Function('document', body)(document) as (load: () => Promise<string>, deps?: string[]) => Promise<string>;
	return { preload, links };
}

describe('the preload helper', () => {
	it('starts fetching each script the imported code needs, once, before importing it', async () => {
		const { preload, links } = loadHelper();
		await expect(preload(async () => 'quiz', ['_astro/quiz.js', '_astro/client.js'])).resolves.toBe('quiz');
		await preload(async () => 'again', ['_astro/client.js']);
		expect(links).toEqual([
			{ href: 'https://site.example/_astro/quiz.js', rel: 'modulepreload' },
			{ href: 'https://site.example/_astro/client.js', rel: 'modulepreload' },
		]);
	});

	it('imports only once a stylesheet the code needs has loaded, and fails if it cannot', async () => {
		const { preload, links } = loadHelper();
		let imported = false;
		const pending = preload(async () => {
			imported = true;
			return 'styled';
		}, ['_astro/widgets.css']);
		await Promise.resolve();
		expect(imported).toBe(false);
		expect(links[0]).toMatchObject({ href: 'https://site.example/_astro/widgets.css', rel: 'stylesheet' });
		links[0]?.onload?.();
		await expect(pending).resolves.toBe('styled');

		const failing = preload(async () => 'never', ['_astro/missing.css']);
		links[1]?.onerror?.();
		await expect(failing).rejects.toThrow('/_astro/missing.css');
	});

	it('finds the files beside itself wherever the site is served from (an LMS package in a folder)', async () => {
		const { preload, links } = loadHelper('https://lms.example/pluginfile/42/course/_astro/preload-helper.js');
		await preload(async () => 'quiz', ['_astro/quiz.js']);
		expect(links[0]?.href).toBe('https://lms.example/pluginfile/42/course/_astro/quiz.js');
	});

	it('imports straight away when there is nothing to fetch first', async () => {
		const { preload, links } = loadHelper();
		await expect(preload(async () => 'plain', [])).resolves.toBe('plain');
		expect(links).toEqual([]);
	});
});
