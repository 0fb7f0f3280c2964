import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, encodeBase64Url } from '../../../src/lib/assignment/base64url.ts';
import { encodeCompletion } from '../../../src/lib/assignment/code.ts';
import { findCodes, MAX_LINES } from '../../../src/lib/assignment/paste.ts';
import { addSource, tooManyLines, unreadLines } from '../../../src/lib/assignment/results-table.ts';
import { reviewCodes } from '../../../src/lib/assignment/review.ts';
import type { Completion } from '../../../src/lib/assignment/schema.ts';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import { plural } from '../../../src/lib/i18n/format.ts';

const completion = (name: string, score = 90): Completion => ({
	v: 2,
	a: 'abc123def',
	t: 'Première semaine — groupe B',
	p: 80,
	m: 1,
	n: name,
	r: [
		['m:agents/hold-done-right', null, '2026-11-20', '-', 0],
		['q:hold-done-right', score, '2026-11-21', 'a', 1, ['pick-one', 'in-order']],
		['r:cold-call', 85, '2026-11-22', 'a', 1, ['start.calm', '!hold.blame']],
	],
});
const giulia = encodeCompletion(completion('Giulia Rossi'));
const ana = encodeCompletion(completion('Ana Lima', 40));

/** Cuts a code into lines of `width` characters, as mail and chat wrap a long token. */
const wrap = (code: string, width: number, marker = '') => (code.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(`\n${marker}`);

describe('finding codes in pasted text', () => {
	it('joins a code wrapped at 76 characters', () => {
		expect(giulia.length).toBeGreaterThan(152);
		expect(findCodes(`Hello,\n\n${wrap(giulia, 76)}\n\nThanks!`)).toEqual({
			codes: [giulia],
			incomplete: 0,
			ignored: 2,
			ignoredSamples: ['Hello,', 'Thanks!'],
		});
	});

	it('joins a wrapped code quoted with "> " on every line', () => {
		const text = `> Here is my code:\n> ${wrap(giulia, 76, '> ')}\n> Giulia`;
		expect(findCodes(text)).toMatchObject({ codes: [giulia], incomplete: 0, ignored: 2 });
	});

	it('finds a code inside a sentence, quoted, or followed by punctuation', () => {
		for (const text of [
			`Voici mon code : ${giulia} merci !`,
			`> ${giulia}`,
			`(${giulia}).`,
			`${giulia}.`,
			`${giulia},`,
			`https://example.org/?c=${giulia})`,
		]) {
			expect(findCodes(text).codes, text).toEqual([giulia]);
		}
	});

	it('finds two codes on one line, spaced or glued', () => {
		expect(findCodes(`${giulia} ${ana}`).codes).toEqual([giulia, ana]);
		expect(findCodes(`${giulia}${ana}`).codes).toEqual([giulia, ana]);
	});

	it('finds a code made before v2 (`BE1-`) among new ones, and the review reads both', () => {
		const payload = encodeBase64Url(
			JSON.stringify({ v: 1, a: 'abc123def', t: 'Week one', p: 80, n: 'Old Timer', r: [['q:hold-done-right', 75, '2026-10-01']] }),
		);
		const old = `BE1-${payload}-${crc32(payload)}`;
		const text = `Two codes:\n> ${wrap(old, 40, '> ')}\n${giulia}.`;
		expect(findCodes(text).codes).toEqual([old, giulia]);
		const review = reviewCodes(text);
		expect(review.rows.map((row) => row.name)).toEqual(['Old Timer', 'Giulia Rossi']);
		expect(review.rows[0]?.results['q:hold-done-right']).toEqual({ score: 75, date: '2026-10-01' });
	});

	it('finds codes one per line, the usual way', () => {
		expect(findCodes(`${giulia}\n${ana}\n`)).toEqual({ codes: [giulia, ana], incomplete: 0, ignored: 0, ignoredSamples: [] });
	});

	it('reports a truncated code as incomplete, and still reads the next one', () => {
		const cut = giulia.slice(0, 60);
		expect(findCodes(`${cut}\n${ana}`)).toMatchObject({ codes: [ana], incomplete: 1, ignored: 0 });
		expect(findCodes(`mon code : ${giulia.slice(0, -1)}`)).toMatchObject({ codes: [], incomplete: 1, ignored: 0 });
		// The line after a cut code is joined to try it, but a line with more than code in it is read again.
		expect(findCodes(`${cut}\nThanks, Ana`)).toMatchObject({ codes: [], incomplete: 1, ignored: 1 });
		const review = reviewCodes(`Hi!\n${cut}`);
		expect(review.summary).toMatchObject({ read: 0, incomplete: 1, ignored: 1, invalid: 0 });
	});

	it('counts lines of junk, not one error each', () => {
		const junk = Array.from({ length: 600 }, (_, index) => `line ${index}: BE nothing here, BE1 either`).join('\n');
		const found = findCodes(junk);
		expect(found).toMatchObject({ codes: [], incomplete: 0, ignored: MAX_LINES });
		expect(found.ignoredSamples).toHaveLength(20);
	});

	it('reads exactly 500 codes and a trailing newline without warning that lines were left out', () => {
		const codes = Array(MAX_LINES).fill(giulia).join('\n');
		for (const end of ['\n', '\r\n', '\n\n  \n', '\n\t\n\n']) {
			const text = codes + end;
			expect(unreadLines(text), JSON.stringify(end)).toBe(0);
			expect(tooManyLines(text), JSON.stringify(end)).toBe(false);
			expect(findCodes(text).codes).toHaveLength(MAX_LINES);
			// And the page says nothing of lines left out.
			const [source] = addSource([], 'codes.txt', text, false);
			expect(source).toMatchObject({ cut: false, unread: 0 });
		}
	});

	it('says exactly how many lines were read and how many after them were not', () => {
		const en = catalogues.en.assignment;
		const message = (text: string) => plural('en', en.tooManyLines, unreadLines(text), { max: MAX_LINES });
		const one = `${Array(MAX_LINES + 1)
			.fill(giulia)
			.join('\n')}\n`;
		expect([tooManyLines(one), unreadLines(one)]).toEqual([true, 1]);
		expect(findCodes(one).codes).toHaveLength(MAX_LINES);
		expect(message(one)).toBe('Only the first 500 lines were read; the line after them was not. Paste it on its own to read it.');
		// Blank lines among the rest are not counted: only lines that held something.
		const more = `${Array(MAX_LINES).fill(giulia).join('\n')}\n${ana}\n\n${ana}\n  \n${ana}\n`;
		expect(unreadLines(more)).toBe(3);
		expect(message(more)).toBe(
			'Only the first 500 lines were read; the 3 lines after them were not. Paste them on their own to read them.',
		);
		const [source] = addSource([], 'codes.txt', more, false);
		expect(source).toMatchObject({ cut: true, unread: 3 });
		expect(plural('fr', catalogues.fr.assignment.sourceCut, source!.unread, { source: source!.name, max: MAX_LINES })).toBe(
			'codes.txt\u00a0: seules les 500 premières lignes ont été lues\u00a0; les 3 lignes suivantes ne l’ont pas été.',
		);
	});

	it('finds exactly the codes embedded in any words, wrap width and quote markers', () => {
		const day = fc
			.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
			.map((date) => date.toISOString().slice(0, 10));
		const arbitraryCompletion: fc.Arbitrary<Completion> = fc.record({
			v: fc.constant(2 as const),
			a: fc.stringMatching(/^[a-z0-9]{6,16}$/),
			t: fc.string({ minLength: 1, maxLength: 80 }).filter((title) => title.trim() === title && title.length > 0),
			p: fc.integer({ min: 1, max: 100 }),
			n: fc.string({ minLength: 1, maxLength: 60 }).filter((name) => name.trim() === name && name.length > 0),
			r: fc.array(
				fc.oneof(
					fc.tuple(
						fc.constantFrom('m:agents/hold-done-right', 'q:spot-the-bzzzt', 'r:cold-call'),
						fc.option(fc.integer({ min: 0, max: 100 })),
						day,
						fc.constantFrom('a' as const, 'p' as const, '-' as const),
						fc.integer({ min: 0, max: 100_000 }),
					),
					fc.tuple(
						fc.constantFrom('q:spot-the-bzzzt', 'r:cold-call'),
						fc.option(fc.integer({ min: 0, max: 100 })),
						day,
						fc.constantFrom('a' as const, 'p' as const),
						fc.integer({ min: 1, max: 100_000 }),
						fc.array(fc.stringMatching(/^!?[a-z0-9-]{1,12}(\.[a-z0-9-]{1,12})?$/), { maxLength: 6 }),
					),
				),
				{ minLength: 1, maxLength: 8 },
			),
		});
		// Words people write around a code, some of them code-like ("BE", "-x", "42").
		const word = fc.oneof(
			fc.constantFrom('Hello', 'merci', '!', 'code:', 'BE', 'BE1', 'BE2', 'BE2-', '-', '42', '(see', 'below)', 'Grazie.', '—', 'deadbeef'),
			fc.stringMatching(/^[A-Za-zà-ü,.!?:;()'"]{1,12}$/),
		);
		const words = fc.array(word, { maxLength: 6 }).map((list) => list.join(' '));
		const piece = fc.record({ code: arbitraryCompletion.map(encodeCompletion), before: words, after: words });
		fc.assert(
			fc.property(
				fc.array(piece, { minLength: 1, maxLength: 4 }),
				fc.integer({ min: 20, max: 120 }),
				fc.constantFrom('', '> ', '>> ', '  ', '> > '),
				(pieces, width, marker) => {
					const text = pieces
						.map(({ code, before, after }) => `${marker}${before} ${wrap(code, width, marker)} ${after}`)
						.join(`\n${marker}\n`);
					expect(findCodes(text).codes).toEqual(pieces.map(({ code }) => code));
				},
			),
			{ numRuns: 300 },
		);
	}, 60_000);
});
