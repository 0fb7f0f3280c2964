import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, decodeBase64Url, encodeBase64Url } from '../../../src/lib/assignment/base64url.ts';
import { decodeCompletion, encodeCompletion } from '../../../src/lib/assignment/code.ts';
import { decodeAssignment, encodeAssignment, MAX_FRAGMENT } from '../../../src/lib/assignment/link.ts';
import { passed, reviewCodes } from '../../../src/lib/assignment/review.ts';
import type { Assignment, Completion } from '../../../src/lib/assignment/schema.ts';

const assignment: Assignment = {
	v: 1,
	i: 'abc123def',
	t: 'Première semaine — groupe B',
	d: '2026-12-01',
	p: 80,
	n: 'Faites-les dans l’ordre, s’il vous plaît.',
	x: ['m:agents/hold-done-right', 'q:hold-done-right', 'r:cold-call'],
};
const completion: Completion = {
	v: 2,
	a: 'abc123def',
	t: assignment.t,
	p: 80,
	n: 'Giulia Rossi',
	r: [
		['m:agents/hold-done-right', null, '2026-11-20', '-', 0],
		['q:hold-done-right', 90, '2026-11-21', 'a', 1, ['pick-one']],
		['r:cold-call', 85, '2026-11-22', 'p', 2, ['start.calm', '!hold.blame']],
	],
};

describe('base64url and checksum', () => {
	it('round-trips any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (text) => {
				expect(decodeBase64Url(encodeBase64Url(text))).toBe(text);
			}),
		);
	});
	it('has the standard CRC-32', () => {
		expect(crc32('123456789')).toBe('cbf43926');
	});
});

describe('assignment links', () => {
	it('round-trip', () => {
		const decoded = decodeAssignment(`#${encodeAssignment(assignment)}`);
		expect(decoded).toEqual({ ok: true, assignment, unknown: [] });
	});

	it('list unknown items and keep the rest', () => {
		const decoded = decodeAssignment(encodeAssignment(assignment), (key) => key !== 'r:cold-call');
		expect(decoded).toMatchObject({ ok: true, unknown: ['r:cold-call'] });
		if (decoded.ok) expect(decoded.assignment.x).toEqual(['m:agents/hold-done-right', 'q:hold-done-right']);
	});

	it('say what is wrong with a bad link', () => {
		expect(decodeAssignment('')).toEqual({ ok: false, error: 'empty' });
		expect(decodeAssignment(`a=${'A'.repeat(MAX_FRAGMENT)}`)).toEqual({ ok: false, error: 'too-long' });
		expect(decodeAssignment('a=%%%')).toEqual({ ok: false, error: 'malformed' });
		expect(decodeAssignment(`a=${encodeBase64Url('{"v":2}')}`)).toEqual({ ok: false, error: 'invalid' });
		expect(decodeAssignment(`a=${encodeBase64Url(JSON.stringify({ ...assignment, t: 'x'.repeat(500) }))}`)).toEqual({
			ok: false,
			error: 'invalid',
		});
	});

	it('never throw and never pass markup through, whatever the input (fuzz)', () => {
		const valid = encodeAssignment(assignment);
		const mutated = fc
			.tuple(fc.nat({ max: valid.length - 1 }), fc.string({ minLength: 1, maxLength: 3 }))
			.map(([at, text]) => valid.slice(0, at) + text + valid.slice(at + 1));
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), mutated), (input) => {
				const decoded = decodeAssignment(input);
				if (decoded.ok) {
					const texts = [decoded.assignment.t, decoded.assignment.n ?? '', ...decoded.assignment.x];
					for (const text of texts) expect(typeof text).toBe('string');
					for (const key of decoded.assignment.x) expect(key).not.toMatch(/[<>"']/);
				}
			}),
			{ numRuns: 2000 },
		);
		// Thousands of runs: give a busy machine time (about 1 s when idle).
	}, 30_000);
});

describe('completion codes', () => {
	it('round-trip', () => {
		const code = encodeCompletion(completion);
		expect(code).toMatch(/^BE2-[A-Za-z0-9_-]+-[0-9a-f]{8}$/);
		expect(decodeCompletion(`  ${code}\n`)).toEqual({ ok: true, completion });
	});

	it('catch a wrong checksum and any single changed character', () => {
		const code = encodeCompletion(completion);
		const tampered = code.replace(/-(.)/, (_, c: string) => `-${c === 'e' ? 'f' : 'e'}`);
		expect(decodeCompletion(tampered)).toEqual({ ok: false, error: 'checksum' });
		fc.assert(
			fc.property(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'abcXYZ019-_'), (at, char) => {
				fc.pre(code[at] !== char);
				const result = decodeCompletion(code.slice(0, at) + char + code.slice(at + 1));
				expect(result.ok).toBe(false);
			}),
			{ numRuns: 1000 },
		);
	});

	it('say what is wrong with a bad code', () => {
		expect(decodeCompletion('')).toEqual({ ok: false, error: 'empty' });
		expect(decodeCompletion('hello')).toEqual({ ok: false, error: 'not-a-code' });
		expect(decodeCompletion('BE3-abc-00000000')).toEqual({ ok: false, error: 'not-a-code' });
		expect(decodeCompletion('BE2-abc-00000000')).toEqual({ ok: false, error: 'checksum' });
		for (const [prefix, content] of [
			['BE1', '{"v":1}'],
			['BE2', '{"v":2}'],
		] as const) {
			const payload = encodeBase64Url(content);
			expect(decodeCompletion(`${prefix}-${payload}-${crc32(payload)}`)).toEqual({ ok: false, error: 'invalid' });
		}
		expect(decodeCompletion(`BE2-${'A'.repeat(7000)}-00000000`)).toEqual({ ok: false, error: 'too-long' });
	});

	it('never throw on random or mutated input (fuzz)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
				expect(() => decodeCompletion(input)).not.toThrow();
			}),
			{ numRuns: 2000 },
		);
	}, 30_000);
});

describe('results review', () => {
	const other: Completion = {
		...completion,
		n: 'Ana Lima',
		r: [
			['m:agents/hold-done-right', null, '2026-11-20', '-', 0],
			['q:hold-done-right', 40, '2026-11-21', 'a', 1],
			['r:cold-call', 85, '2026-11-22', 'a', 1],
		],
	};

	it('reads each code on its own, sums up what it could not read and merges duplicates', () => {
		const text = [encodeCompletion(completion), 'garbage', '', encodeCompletion(other), encodeCompletion(completion)].join('\n');
		const review = reviewCodes(text);
		expect(review.rows.map((r) => r.name)).toEqual(['Giulia Rossi', 'Ana Lima']);
		expect(review.summary).toEqual({ read: 3, ignored: 1, incomplete: 0, invalid: 0, ignoredSamples: ['garbage'] });
		expect(review.merged).toBe(1);
		expect(review.items).toEqual(['m:agents/hold-done-right', 'q:hold-done-right', 'r:cold-call']);
		expect(review.rows.map((row) => passed(row))).toEqual([true, false]);
	});

	it('counts a code whose checksum matches but whose content is refused as invalid', () => {
		const payload = encodeBase64Url(JSON.stringify({ ...completion, p: 150 }));
		const review = reviewCodes(`BE2-${payload}-${crc32(payload)}\n${encodeCompletion(other)}`);
		expect(review.summary).toMatchObject({ read: 1, ignored: 0, incomplete: 0, invalid: 1 });
		expect(review.rows.map((r) => r.name)).toEqual(['Ana Lima']);
	});
});
