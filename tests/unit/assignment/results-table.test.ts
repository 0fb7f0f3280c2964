import { describe, expect, it } from 'vitest';
import {
	ariaSort,
	belowPassMark,
	initialSort,
	resultsCsv,
	sortRows,
	toggleSort,
	tooManyLines,
} from '../../../src/lib/assignment/results-table.ts';
import { MAX_LINES, type LearnerRow, type Review } from '../../../src/lib/assignment/review.ts';

const row = (name: string, title: string, quiz: number | null, read = true): LearnerRow => ({
	assignment: `id${title}`,
	title,
	passMark: 70,
	name,
	results: {
		...(read ? { 'm:agents/a': { score: null, date: '2026-11-20' } } : {}),
		...(quiz === null ? {} : { 'q:b': { score: quiz, date: '2026-11-21' } }),
	},
	latest: '2026-11-21',
});
const rows = [row('bruno', 'Week two', 90), row('Ana', 'Week one', 40), row('Carla', 'Week one', null, false)];
const names = (list: LearnerRow[]) => list.map((r) => r.name);

describe('sorting the results table', () => {
	it('starts by learner, A to Z, whatever the case', () => {
		expect(names(sortRows(rows, initialSort))).toEqual(['Ana', 'bruno', 'Carla']);
	});

	it('sorts by an item’s score, a missing result lowest, and flips on a second click', () => {
		const byQuiz = toggleSort(initialSort, 'q:b');
		expect(byQuiz).toEqual({ column: 'q:b', descending: false });
		expect(names(sortRows(rows, byQuiz))).toEqual(['Carla', 'Ana', 'bruno']);
		const flipped = toggleSort(byQuiz, 'q:b');
		expect(names(sortRows(rows, flipped))).toEqual(['bruno', 'Ana', 'Carla']);
		expect(toggleSort(flipped, 'name')).toEqual({ column: 'name', descending: false });
	});

	it('sorts by result (not passed first) and by assignment, keeping ties in order', () => {
		expect(names(sortRows(rows, { column: 'result', descending: false }))).toEqual(['Ana', 'bruno', 'Carla']);
		expect(names(sortRows(rows, { column: 'assignment', descending: false }))).toEqual(['Ana', 'Carla', 'bruno']);
	});

	it('tells assistive technology which column is sorted and how', () => {
		expect(ariaSort(initialSort, 'name')).toBe('ascending');
		expect(ariaSort({ column: 'name', descending: true }, 'name')).toBe('descending');
		expect(ariaSort(initialSort, 'result')).toBe('none');
	});
});

describe('the results table', () => {
	it('flags a score under the pass mark, never a module read or a missing result', () => {
		expect(belowPassMark(rows[1]!, 'q:b')).toBe(true);
		expect(belowPassMark(rows[0]!, 'q:b')).toBe(false);
		expect(belowPassMark(rows[1]!, 'm:agents/a')).toBe(false);
		expect(belowPassMark(rows[2]!, 'q:b')).toBe(false);
	});

	it('knows when pasted text has more lines than are read', () => {
		expect(tooManyLines(Array(MAX_LINES).fill('x').join('\n'))).toBe(false);
		expect(
			tooManyLines(
				Array(MAX_LINES + 1)
					.fill('x')
					.join('\r\n'),
			),
		).toBe(true);
	});

	it('exports CSV in the table’s order, with bare scores and the trainer’s words', () => {
		const review: Review = {
			rows,
			items: ['m:agents/a', 'q:b'],
			summary: { read: 2, ignored: 0, incomplete: 0, invalid: 0, ignoredSamples: [] },
			merged: 0,
		};
		const labels = {
			learner: 'Apprenant',
			assignment: 'Devoir',
			result: 'Résultat',
			read: 'lu',
			passed: 'Réussi',
			failed: 'Non réussi',
			title: (key: string) => ({ 'm:agents/a': 'Écoute, puis parle' })[key] ?? key,
		};
		expect(resultsCsv(review, sortRows(rows, initialSort), labels).split('\r\n')).toEqual([
			'Apprenant,Devoir,"Écoute, puis parle",q:b,Résultat',
			'Ana,Week one,lu,40,Non réussi',
			'bruno,Week two,lu,90,Réussi',
			'Carla,Week one,,,Réussi',
			'',
		]);
	});
});
