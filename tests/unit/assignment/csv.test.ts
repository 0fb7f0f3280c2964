import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCompletion } from '../../../src/lib/assignment/code.ts';
import { csvField, csvSeparatorsFor, guardFormulas, toCsv, type CsvCell, type CsvSeparator } from '../../../src/lib/assignment/csv.ts';
import { csvFileName, howMade, initialSort, resultsCsv, sortRows, type CsvLabels } from '../../../src/lib/assignment/results-table.ts';
import { reviewCodes } from '../../../src/lib/assignment/review.ts';
import type { Completion } from '../../../src/lib/assignment/schema.ts';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import { parseCsv } from '../../helpers/parse-csv.ts';

/**
 * What a spreadsheet that ignores quotes sees: the file cut at every line break and at every
 * `split` character, each piece with surrounding spaces and quote marks stripped.
 */
const naiveCells = (csv: string, split: string) =>
	csv
		.replace(/^\uFEFF/, '')
		.split(/\r\n|\r|\n/)
		.flatMap((line) => line.split(split))
		.map((cell) => cell.replace(/^[\s"]+|[\s"]+$/g, ''));

/** Bare numbers, as the CSV writes them in either file: `72`, `72.5` or `72,5`, `5e-324`. */
const NUMBER = /^\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i;
/** A cell a spreadsheet would run: one starting with a formula character that is not a number. */
const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !NUMBER.test(cell);

/** Whether `written` is `original` with only `'` added (the formula guard), nothing else changed. */
function onlyGuarded(written: string, original: string): boolean {
	let j = 0;
	for (const char of written) {
		if (j < original.length && char === original[j]) j++;
		else if (char !== "'") return false;
	}
	return j === original.length;
}

/** Text made of what breaks CSV: both separators, quotes, line breaks, tabs, spaces, formula characters. */
const tricky = (maxLength: number) =>
	fc.string({
		unit: fc.constantFrom(
			...['=', '+', '-', '@', '\t', '\r', '\n', ',', ';', '"', "'", ' ', '\u00a0', '\u2028', 'a', 'É', '1', '(', ')', 'S', 'U', 'M'],
		),
		maxLength,
	});
const cell: fc.Arbitrary<CsvCell> = fc.oneof(
	tricky(20),
	fc.integer({ min: -1000, max: 1000 }),
	fc.double({ min: -1000, max: 1000, noNaN: true }),
	fc.constant(null),
);
const separator = fc.constantFrom<CsvSeparator>(',', ';');

describe('a CSV cell', () => {
	it('quotes every text, doubles its quotes, and leaves numbers and nothing bare', () => {
		expect(csvField('plain')).toBe('"plain"');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('line\nbreak')).toBe('"line\nbreak"');
		expect(csvField('Rossi; Giulia', ';')).toBe('"Rossi; Giulia"');
		expect([csvField(72), csvField(0), csvField(null), csvField(undefined), csvField('')]).toEqual(['72', '0', '', '', '']);
		// In the `;` file, a decimal comma, as the spreadsheets reading it write numbers.
		expect([csvField(72.5, ','), csvField(72.5, ';')]).toEqual(['72.5', '72,5']);
		// A negative number is text: no result is one, and a leading minus is where injection starts.
		expect(csvField(-3, ';')).toBe('"\'-3"');
	});

	it('guards a formula at the start and after every character a spreadsheet may split on', () => {
		for (const danger of ['=1+1', '+1', '-1', '@SUM(A1)', '=HYPERLINK("x")', '\t=1', '\r=1']) {
			expect(guardFormulas(danger).startsWith("'"), JSON.stringify(danger)).toBe(true);
		}
		// The name: plain for a spreadsheet splitting on `,`, a formula for one splitting on `;`.
		expect(guardFormulas('Ann;=1+1')).toBe("Ann;'=1+1");
		expect(csvField('Ann;=1+1')).toBe('"Ann;\'=1+1"');
		expect(guardFormulas('Ann,+1,-2')).toBe("Ann,'+1,'-2");
		expect(guardFormulas('a\n@b\r\n=c')).toBe("a\n'@b\r\n'=c");
		// Spaces and quote marks a spreadsheet may trim before the formula.
		expect(guardFormulas('Ann; =1')).toBe("Ann; '=1");
		expect(guardFormulas('Ann;"=1')).toBe('Ann;"\'=1');
		// A tab is both: guarded, and a place a cell may start.
		expect(guardFormulas('a;\t=1')).toBe("a;'\t'=1");
		// Nothing else changes: hyphens and signs inside words stay as they are.
		expect(guardFormulas('Anne-Marie + Jo @ home = 2')).toBe('Anne-Marie + Jo @ home = 2');
	});

	it('writes one byte-order mark, CRLF line ends, and the separator asked for', () => {
		const rows = [
			['Élodie', 'Première semaine', 72.5],
			['Niccolò', 'Settimana; uno', null],
		];
		const csv = toCsv(rows);
		expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.slice(1)).toBe('"Élodie","Première semaine",72.5\r\n"Niccolò","Settimana; uno",\r\n');
		expect(csv.indexOf('\uFEFF', 1)).toBe(-1);
		expect(toCsv(rows, ';')).toBe('\uFEFF"Élodie";"Première semaine";72,5\r\n"Niccolò";"Settimana; uno";\r\n');
	});

	it('puts the file this language’s spreadsheets expect first', () => {
		expect(csvSeparatorsFor('en')).toEqual([',', ';']);
		expect(csvSeparatorsFor('fr')).toEqual([';', ',']);
		expect(csvSeparatorsFor('it')).toEqual([';', ',']);
	});
});

describe('any CSV (fast-check)', () => {
	it('has no cell a spreadsheet would run, split on `,` or `;`, quotes honoured or not', () => {
		fc.assert(
			fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), separator, (rows, sep) => {
				const csv = toCsv(rows, sep);
				for (const split of [',', ';', '\t']) {
					const bad = naiveCells(csv, split).filter(runnable);
					expect(bad, `split on ${JSON.stringify(split)}`).toEqual([]);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	it('reads back, with a proper CSV reader, as the original text (guard quotes aside) and numbers', () => {
		fc.assert(
			fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), separator, (rows, sep) => {
				const csv = toCsv(rows, sep);
				expect(csv.startsWith('\uFEFF')).toBe(true);
				const read = parseCsv(csv.slice(1), sep);
				expect(read).toHaveLength(rows.length);
				rows.forEach((row, r) => {
					expect(read[r]).toHaveLength(row.length);
					row.forEach((value, c) => {
						const back = read[r]![c]!;
						// (`-0` reads back as 0, which is the same number.)
						if (typeof value === 'number' && value >= 0) expect(Number(back.replace(',', '.')) === value).toBe(true);
						else if (typeof value === 'number') expect(onlyGuarded(back, String(value))).toBe(true);
						else if (value === null || value === undefined) expect(back).toBe('');
						else expect(onlyGuarded(back, value), `${JSON.stringify(back)} from ${JSON.stringify(value)}`).toBe(true);
					});
				});
			}),
			{ numRuns: 2000 },
		);
	});
});

describe('the results CSV, from crafted codes (fast-check)', () => {
	const fr = catalogues.fr.assignment;
	const labels: CsvLabels = {
		...fr,
		title: (key) => key,
		attemptColumn: (key) => `${key} · mode`,
		attempt: (result) => howMade(result, fr),
	};
	/** A name or title as the schema keeps it: trimmed, not empty. */
	const text = (max: number) => tricky(max).filter((t) => t.trim() === t && t !== '');

	it('is safe in both files and gives back every name and title', () => {
		fc.assert(
			fc.property(fc.array(text(60), { minLength: 1, maxLength: 4 }), text(80), separator, (names, title, sep) => {
				const codes = names.map((n) =>
					encodeCompletion({
						v: 2,
						a: 'week1group',
						t: title,
						p: 70,
						n,
						r: [['q:spot-the-bzzzt', 55, '2026-11-21', 'a', 1]],
					} satisfies Completion),
				);
				const review = reviewCodes(codes.join('\n'));
				const rows = sortRows(review.rows, initialSort);
				const csv = resultsCsv(review, rows, labels, sep);
				for (const split of [',', ';']) expect(naiveCells(csv, split).filter(runnable)).toEqual([]);
				const [header, ...lines] = parseCsv(csv.slice(1), sep);
				expect(header).toEqual([fr.learner, fr.assignment, 'q:spot-the-bzzzt', 'q:spot-the-bzzzt · mode', fr.result]);
				expect(lines).toHaveLength(rows.length);
				lines.forEach((line, index) => {
					expect(onlyGuarded(line[0]!, rows[index]!.name)).toBe(true);
					expect(onlyGuarded(line[1]!, title)).toBe(true);
					expect(line.slice(2)).toEqual(['55', 'évaluation, tentative 1', fr.failed]);
				});
			}),
			{ numRuns: 300 },
		);
	});

	it('names the two files apart', () => {
		const rows = reviewCodes(
			encodeCompletion({ v: 2, a: 'week1group', t: 'Week one', p: 70, n: 'Ana', r: [['q:x', 90, '2026-11-21', 'a', 1]] }),
		).rows;
		expect(csvFileName(rows, '2026-12-03')).toBe('week-one-2026-12-03.csv');
		expect(csvFileName(rows, '2026-12-03', ';')).toBe('week-one-2026-12-03-semicolon.csv');
	});
});
