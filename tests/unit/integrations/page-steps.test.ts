import { afterEach, describe, expect, it } from 'vitest';
import { startStepsThread, type StepsThread } from '../../../src/integrations/rendered-pages.ts';

const fixture = new URL('./fixtures/page-steps.ts', import.meta.url).href;
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the page steps’ thread', () => {
	let thread: StepsThread | undefined;
	afterEach(async () => {
		await thread?.stop();
		thread = undefined;
	});

	it('runs the steps in order on each page and returns the page to write with what each step found', async () => {
		thread = startStepsThread([
			{ module: fixture, name: 'markParagraphs' },
			{ module: fixture, name: 'readTitle' },
		]);
		const page = '<html><head><title>L’attente</title></head><body><p>Un</p><p>Deux</p></body></html>';
		const [first, second] = await Promise.all([
			thread.run('fr/attente/index.html', encode(page)),
			thread.run('fr/autre/index.html', encode('<title>Autre</title>')),
		]);
		expect(decode(first.bytes)).toBe(page.replaceAll('<p>', '<p class="seen">'));
		expect(first.notes).toEqual([2, 'L’attente']);
		expect(second.notes).toEqual([0, 'Autre']);
	});

	it('fails the page a step fails on, naming the step and the file, and goes on with the next pages', async () => {
		thread = startStepsThread([{ module: fixture, name: 'failOnBroken' }]);
		await expect(thread.run('broken/index.html', encode('<p>x</p>'))).rejects.toThrow(
			'failOnBroken failed on broken/index.html: this page cannot be read',
		);
		await expect(thread.run('fine/index.html', encode('<p>x</p>'))).resolves.toMatchObject({ notes: [null] });
	});

	it('fails every page, saying why, when a step cannot be found', async () => {
		thread = startStepsThread([{ module: fixture, name: 'noSuchStep' }]);
		await expect(thread.run('en/index.html', encode('<p>x</p>'))).rejects.toThrow(/has no page step named noSuchStep/);
		await expect(thread.run('en/other/index.html', encode('<p>x</p>'))).rejects.toThrow(/has no page step named noSuchStep/);
	});
});
