import { describe, expect, it } from 'vitest';
import { clearSavedCall, readSavedCall, savedCallKey, writeSavedCall } from '../../../src/lib/roleplay/saved-call.ts';
import { mustLoad } from './load.ts';

const scenario = mustLoad('tests/unit/roleplay/fixtures/valid.yaml');

function memory(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		data,
		getItem: (key: string) => data.get(key) ?? null,
		setItem: (key: string, value: string) => void data.set(key, value),
		removeItem: (key: string) => void data.delete(key),
	};
}

describe('a call in progress across a reload', () => {
	it('resumes where the learner was, with the same reply order', () => {
		const storage = memory();
		writeSavedCall(storage, { scenario: 'valid', mode: 'assessment', seed: 99, choices: ['look'] });
		const read = readSavedCall(storage, scenario);
		expect(read.kind).toBe('resume');
		if (read.kind === 'resume') {
			expect(read.saved.mode).toBe('assessment');
			expect(read.state.node).toBe('middle');
			expect(read.state.seed).toBe(99);
		}
		clearSavedCall(storage, 'valid');
		expect(readSavedCall(storage, scenario)).toEqual({ kind: 'none' });
	});

	it('keeps the learner’s own words in say-it-first mode, and the turns with nothing to say first', () => {
		const storage = memory();
		writeSavedCall(storage, {
			scenario: 'valid',
			mode: 'practice',
			seed: 7,
			choices: ['look'],
			sayFirst: true,
			own: ['I’ll check.', null],
		});
		const read = readSavedCall(storage, scenario);
		expect(read.kind === 'resume' && read.saved).toMatchObject({ sayFirst: true, own: ['I’ll check.', null] });
	});

	it.each([
		['not JSON', '{"scenario":'],
		['another scenario', JSON.stringify({ scenario: 'other', mode: 'practice', seed: 1, choices: [] })],
		['a choice the scenario does not offer', JSON.stringify({ scenario: 'valid', mode: 'practice', seed: 1, choices: ['fix'] })],
		['markup in an id', JSON.stringify({ scenario: 'valid', mode: 'practice', seed: 1, choices: ['<img src=x>'] })],
		['an unknown mode', JSON.stringify({ scenario: 'valid', mode: 'exam', seed: 1, choices: [] })],
		['too large', JSON.stringify({ scenario: 'valid', mode: 'practice', seed: 1, choices: Array(5000).fill('look') })],
		[
			'own words too long',
			JSON.stringify({ scenario: 'valid', mode: 'practice', seed: 1, choices: [], sayFirst: true, own: ['x'.repeat(601)] }),
		],
		['own words that are not text', JSON.stringify({ scenario: 'valid', mode: 'practice', seed: 1, choices: [], own: [{ html: '<b>' }] })],
	])('says it cannot use %s, and never throws', (_, raw) => {
		expect(readSavedCall(memory({ [savedCallKey('valid')]: raw }), scenario)).toEqual({ kind: 'unusable' });
	});

	it('starts afresh when the saved call had already ended, or storage is missing or refuses', () => {
		const ended = JSON.stringify({ scenario: 'valid', mode: 'practice', seed: 1, choices: ['rush'] });
		expect(readSavedCall(memory({ [savedCallKey('valid')]: ended }), scenario)).toEqual({ kind: 'none' });
		expect(readSavedCall(undefined, scenario)).toEqual({ kind: 'none' });
		const refusing = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			},
			removeItem: () => {
				throw new Error('denied');
			},
		};
		expect(readSavedCall(refusing, scenario)).toEqual({ kind: 'none' });
		expect(() => writeSavedCall(refusing, { scenario: 'valid', mode: 'practice', seed: 1, choices: [] })).not.toThrow();
	});
});
