import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, encodeBase64Url } from '../../../src/lib/assignment/base64url.ts';
import type { Checklist, ChecklistRow } from '../../../src/lib/assignment/checklist.ts';
import { decodeCompletion, encodeCompletion, MAX_CODE } from '../../../src/lib/assignment/code.ts';
import { completionCode } from '../../../src/lib/assignment/completion.ts';
import { ITEM_KEY } from '../../../src/lib/assignment/items.ts';
import {
	MAX_DETAIL,
	MAX_ITEMS,
	MAX_NAME,
	MAX_TITLE,
	type Assignment,
	type Completion,
	type CompletionV1,
} from '../../../src/lib/assignment/schema.ts';

const completion: Completion = {
	v: 2,
	a: 'abc123def',
	t: 'Première semaine — groupe B',
	p: 80,
	m: 1,
	n: 'Giulia Rossi',
	r: [
		['m:agents/hold-done-right', null, '2026-11-20', '-', 0],
		['q:hold-done-right', 27, '2026-11-21', 'a', 1, ['pick-one', 'in-order']],
		['q:spot-the-bzzzt', 100, '2026-11-21', 'p', 3],
		['r:cold-call', 52, '2026-11-22', 'a', 1, ['start.calm', '!hold.blame-the-caller']],
	],
};

/** A v1 code as the site used to make it: `BE1-` + base64url(JSON) + `-` + CRC-32 of the payload. */
function v1Code(content: unknown): string {
	const payload = encodeBase64Url(JSON.stringify(content));
	return `BE1-${payload}-${crc32(payload)}`;
}

const v1: CompletionV1 = {
	v: 1,
	a: 'abc123def',
	t: 'Première semaine — groupe B',
	p: 70,
	n: 'Ana Lima',
	r: [
		['m:agents/hold-done-right', null, '2026-11-20'],
		['q:hold-done-right', 90, '2026-11-21'],
	],
};

const day = fc
	.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
	.map((date) => date.toISOString().slice(0, 10));
const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((value) => value.length > 0 && value.trim() === value);
const detailEntry = fc.stringMatching(/^!?[a-z0-9-]{1,12}(\.[a-z0-9-]{1,12})?$/);
const itemResult: fc.Arbitrary<Completion['r'][number]> = fc.oneof(
	fc.tuple(
		fc.stringMatching(ITEM_KEY),
		fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
		day,
		fc.constantFrom('a' as const, 'p' as const, '-' as const),
		fc.integer({ min: 0, max: 100_000 }),
	),
	fc.tuple(
		fc.stringMatching(ITEM_KEY),
		fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
		day,
		fc.constantFrom('a' as const, 'p' as const, '-' as const),
		fc.integer({ min: 0, max: 100_000 }),
		fc.array(detailEntry, { maxLength: 6 }),
	),
);
const arbitraryCompletion: fc.Arbitrary<Completion> = fc
	.record({
		a: fc.stringMatching(/^[a-z0-9]{6,16}$/),
		t: text(MAX_TITLE),
		p: fc.integer({ min: 0, max: 100 }),
		m: fc.boolean(),
		n: text(MAX_NAME),
		r: fc.array(itemResult, { minLength: 1, maxLength: 10 }),
	})
	.map(({ m, ...rest }) => ({ v: 2 as const, ...rest, ...(m ? { m: 1 as const } : {}) }));

describe('completion codes v2', () => {
	it('round-trip with modes, attempts and detail', () => {
		const code = encodeCompletion(completion);
		expect(code).toMatch(/^BE2-[A-Za-z0-9_-]+-[0-9a-f]{8}$/);
		expect(decodeCompletion(`  ${code}\n`)).toEqual({ ok: true, completion });
	});

	it('round-trip any valid completion (fast-check)', () => {
		fc.assert(
			fc.property(arbitraryCompletion, (generated) => {
				const code = encodeCompletion(generated);
				expect(code.length).toBeLessThanOrEqual(MAX_CODE);
				expect(decodeCompletion(code)).toEqual({ ok: true, completion: generated });
			}),
			{ numRuns: 300 },
		);
	});

	it('are refused when a single character changes or the checksum is wrong', () => {
		const code = encodeCompletion(completion);
		expect(decodeCompletion(code.slice(0, -1) + (code.endsWith('0') ? '1' : '0'))).toEqual({ ok: false, error: 'checksum' });
		fc.assert(
			fc.property(fc.nat({ max: code.length - 1 }), fc.constantFrom(...'abcXYZ019-_'), (at, char) => {
				fc.pre(code[at] !== char);
				expect(decodeCompletion(code.slice(0, at) + char + code.slice(at + 1)).ok).toBe(false);
			}),
			{ numRuns: 1000 },
		);
	});

	it('say what is wrong with a bad code', () => {
		expect(decodeCompletion(' \n ')).toEqual({ ok: false, error: 'empty' });
		expect(decodeCompletion('BE3-abc-00000000')).toEqual({ ok: false, error: 'not-a-code' });
		expect(decodeCompletion('BE2-abc-00000000')).toEqual({ ok: false, error: 'checksum' });
		expect(decodeCompletion(`BE2-${'A'.repeat(MAX_CODE)}-00000000`)).toEqual({ ok: false, error: 'too-long' });
		const notJson = encodeBase64Url('{"v":2,');
		expect(decodeCompletion(`BE2-${notJson}-${crc32(notJson)}`)).toEqual({ ok: false, error: 'malformed' });
		// Checksum right, content refused: a pass mark over 100, a mode that does not exist, too much detail.
		for (const bad of [
			{ ...completion, p: 150 },
			{ ...completion, r: [['q:hold-done-right', 27, '2026-11-21', 'x', 1]] },
			{ ...completion, r: [['q:hold-done-right', 27, '2026-11-21', 'a', 1, Array(MAX_DETAIL + 1).fill('q1')]] },
			{ ...completion, r: [['q:hold-done-right', 27, '2026-11-21', 'a', 1, ['<b>']]] },
		]) {
			const payload = encodeBase64Url(JSON.stringify(bad));
			expect(decodeCompletion(`BE2-${payload}-${crc32(payload)}`), JSON.stringify(bad.r)).toEqual({ ok: false, error: 'invalid' });
		}
	});
});

describe('completion codes v1 are still read', () => {
	it('into the v2 shape: no mode (`-`), attempt 0, no detail', () => {
		expect(decodeCompletion(v1Code(v1))).toEqual({
			ok: true,
			completion: {
				v: 2,
				a: 'abc123def',
				t: 'Première semaine — groupe B',
				p: 70,
				n: 'Ana Lima',
				r: [
					['m:agents/hold-done-right', null, '2026-11-20', '-', 0],
					['q:hold-done-right', 90, '2026-11-21', '-', 0],
				],
			},
		});
	});

	it('and refused when their content is not v1, or when a v1 content carries the v2 prefix', () => {
		expect(decodeCompletion(v1Code({ v: 1 }))).toEqual({ ok: false, error: 'invalid' });
		expect(decodeCompletion(v1Code(completion))).toEqual({ ok: false, error: 'invalid' });
		const payload = encodeBase64Url(JSON.stringify(v1));
		expect(decodeCompletion(`BE2-${payload}-${crc32(payload)}`)).toEqual({ ok: false, error: 'invalid' });
		const tampered = v1Code(v1).replace(/.$/, (last) => (last === '0' ? '1' : '0'));
		expect(decodeCompletion(tampered)).toEqual({ ok: false, error: 'checksum' });
	});

	it('any valid v1 content, made by hand, reads as its v2 equivalent (fast-check)', () => {
		const v1Completion: fc.Arbitrary<CompletionV1> = fc.record({
			v: fc.constant(1 as const),
			a: fc.stringMatching(/^[a-z0-9]{6,16}$/),
			t: text(MAX_TITLE),
			p: fc.integer({ min: 0, max: 100 }),
			n: text(MAX_NAME),
			r: fc.array(fc.tuple(fc.stringMatching(ITEM_KEY), fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), day), {
				minLength: 1,
				maxLength: 10,
			}),
		});
		fc.assert(
			fc.property(v1Completion, (old) => {
				const decoded = decodeCompletion(v1Code(old));
				const { a, t, p, n } = old;
				expect(decoded).toEqual({ ok: true, completion: { v: 2, a, t, p, n, r: old.r.map((row) => [...row, '-', 0]) } });
			}),
			{ numRuns: 200 },
		);
	});
});

describe('completionCode keeps the code under MAX_CODE', () => {
	const assignment: Assignment = { v: 1, i: 'abc123def', t: 'Week one', p: 80, m: 1, x: ['q:placeholder'] };
	const row = (index: number, detail?: string[]): ChecklistRow => ({
		key: `q:quiz-number-${index}`,
		verdict: 'passed',
		done: true,
		score: 90,
		date: '2026-11-21',
		mode: 'assessment',
		attempt: 1,
		...(detail ? { detail } : {}),
	});
	const listOf = (rows: ChecklistRow[]): Checklist => ({ rows, done: rows.length, complete: true, passed: true });
	const ids = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}-question-${i}`);
	const detailOf = (code: string) => {
		const decoded = decodeCompletion(code);
		if (!decoded.ok) throw new Error(decoded.error);
		return decoded.completion.r.map((result) => result[5]);
	};

	it('keeps every item’s detail when it fits, and maps modes and attempts to their letters', () => {
		const list = listOf([
			{ key: 'm:agents/hold-done-right', verdict: 'passed', done: true, score: null, date: '2026-11-20' },
			row(1, ['pick-one']),
			{ ...row(2), mode: 'practice', attempt: 4 },
		]);
		const made = completionCode(assignment, list, 'Ana', '2026-12-02');
		expect(made).toMatchObject({ ok: true, withoutDetail: 0 });
		expect(made.ok && decodeCompletion(made.code)).toMatchObject({
			ok: true,
			completion: {
				m: 1,
				r: [
					['m:agents/hold-done-right', null, '2026-11-20', '-', 0],
					['q:quiz-number-1', 90, '2026-11-21', 'a', 1, ['pick-one']],
					['q:quiz-number-2', 90, '2026-11-21', 'p', 4],
				],
			},
		});
		// No `m` when the assignment does not require assessment.
		const { m: _, ...free } = assignment;
		const made2 = completionCode(free, list, 'Ana', '2026-12-02');
		const decoded = made2.ok ? decodeCompletion(made2.code) : undefined;
		expect(decoded?.ok && decoded.completion.p).toBe(80);
		expect(decoded?.ok && 'm' in decoded.completion).toBe(false);
	});

	it('cuts each item’s detail to MAX_DETAIL entries', () => {
		const made = completionCode(assignment, listOf([row(1, ids(MAX_DETAIL + 20, 'q'))]), 'Ana', '2026-12-02');
		if (!made.ok) throw new Error(made.error);
		expect(detailOf(made.code)[0]).toEqual(ids(MAX_DETAIL, 'q'));
	});

	it('leaves out detail the code cannot carry rather than fail (a hand-edited or imported record)', () => {
		const made = completionCode(
			assignment,
			listOf([row(1, ['part/one', 'pick-one', `${'x'.repeat(81)}.a`, 'start.calm'])]),
			'Ana',
			'2026-12-02',
		);
		if (!made.ok) throw new Error(made.error);
		expect(detailOf(made.code)[0]).toEqual(['pick-one', 'start.calm']);
	});

	it('drops detail from the last items first, says how many, and never goes over MAX_CODE', () => {
		const rows = Array.from({ length: 12 }, (_, index) => row(index, ids(30, `item-${index}`)));
		const made = completionCode(assignment, listOf(rows), 'Giulia Rossi', '2026-12-02');
		if (!made.ok) throw new Error(made.error);
		expect(made.code.length).toBeLessThanOrEqual(MAX_CODE);
		const detail = detailOf(made.code);
		const kept = detail.filter(Boolean).length;
		expect(kept).toBeGreaterThan(0);
		expect(kept).toBeLessThan(rows.length);
		expect(made.withoutDetail).toBe(rows.length - kept);
		// The first items keep theirs, whole; the last ones lose theirs; every score stays.
		expect(detail).toEqual(rows.map((r, index) => (index < kept ? r.detail : undefined)));
		// And no more was dropped than needed: one more item's detail would not fit.
		const decoded = decodeCompletion(made.code);
		if (!decoded.ok) throw new Error(decoded.error);
		const oneMore = decoded.completion.r.map((result, index) =>
			index === kept ? ([...result, rows[index]!.detail!] as typeof result) : result,
		);
		expect(encodeCompletion({ ...decoded.completion, r: oneMore }).length).toBeGreaterThan(MAX_CODE);
	});

	it('never goes over MAX_CODE and never loses a score, whatever the detail (fast-check)', () => {
		const generatedRow = fc.record({
			index: fc.nat({ max: 999 }),
			score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
			detail: fc.option(fc.array(fc.stringMatching(/^!?[a-z0-9-]{1,30}(\.[a-z0-9-]{1,30})?$/), { maxLength: MAX_DETAIL }), {
				nil: undefined,
			}),
		});
		fc.assert(
			fc.property(fc.uniqueArray(generatedRow, { minLength: 1, maxLength: MAX_ITEMS, selector: (r) => r.index }), (generated) => {
				const rows = generated.map(({ index, score, detail }) => ({ ...row(index, detail), score }));
				const made = completionCode(assignment, listOf(rows), 'Giulia Rossi', '2026-12-02');
				if (!made.ok) throw new Error(made.error);
				expect(made.code.length).toBeLessThanOrEqual(MAX_CODE);
				const decoded = decodeCompletion(made.code);
				if (!decoded.ok) throw new Error(decoded.error);
				expect(decoded.completion.r.map((result) => [result[0], result[1]])).toEqual(rows.map((r) => [r.key, r.score]));
				const lost = rows.filter((r, index) => (r.detail?.length ?? 0) > 0 && decoded.completion.r[index]?.[5] === undefined);
				expect(made.withoutDetail).toBe(lost.length);
			}),
			{ numRuns: 60 },
		);
	}, 60_000);

	it('fits the longest assignment the site’s content allows, with the longest title and name', () => {
		// Every item key the site has, from its content folders (as the catalogue builds them).
		const names = (folder: string) => readdirSync(folder).map((file) => file.replace(/\.(mdx?|ya?ml)$/, ''));
		const tracks = readdirSync('src/content/modules/en');
		const keys = [
			...tracks.flatMap((track) => names(`src/content/modules/en/${track}`).map((slug) => `m:${track}/${slug}`)),
			...names('src/content/quizzes').map((id) => `q:${id}`),
			...names('src/content/scenarios').map((id) => `r:${id}`),
			...names('src/content/paths').map((id) => `p:${id}`),
		];
		expect(keys.length).toBeGreaterThan(40);
		const longest = keys.sort((a, b) => b.length - a.length).slice(0, MAX_ITEMS);
		const rows = longest.map((key) => ({ ...row(0, ids(MAX_DETAIL, 'x')), key, score: 100, attempt: 99_999 }));
		// Four-byte characters: the most bytes a title and a name can take.
		const made = completionCode({ ...assignment, t: '𝄞'.repeat(MAX_TITLE / 2) }, listOf(rows), '𝄞'.repeat(MAX_NAME / 2), '2026-12-02');
		if (!made.ok) throw new Error(made.error);
		expect(made.code.length).toBeLessThanOrEqual(MAX_CODE);
		expect(decodeCompletion(made.code).ok).toBe(true);
	});
});
