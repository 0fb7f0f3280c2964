import { describe, expect, it } from 'vitest';
import { crc32, encodeBase64Url } from '../../../src/lib/assignment/base64url.ts';
import { encodeCompletion } from '../../../src/lib/assignment/code.ts';
import {
	addSource,
	ariaSort,
	belowPassMark,
	columnName,
	csvFileName,
	howMade,
	initialSort,
	pasteNumber,
	resultsCsv,
	reviewSources,
	sortRows,
	toggleSort,
	tooManyLines,
	type CsvLabels,
} from '../../../src/lib/assignment/results-table.ts';
import { fileSafe } from '../../../src/lib/assignment/file-name.ts';
import { MAX_LINES, passed, reviewCodes, type LearnerRow } from '../../../src/lib/assignment/review.ts';
import type { Completion } from '../../../src/lib/assignment/schema.ts';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';

type Result = Completion['r'][number];
const week = { v: 2 as const, a: 'week1group', t: 'Semaine un — groupe B', p: 70 };
/** A learner's v2 code for the week-one assignment. */
const code = (name: string, results: Result[], extra: Partial<Completion> = {}) =>
	encodeCompletion({ ...week, n: name, r: results, ...extra });
/** A v1 code, as sites before modes and attempts made them: scores only, under `BE1-`. */
const v1Code = (name: string, results: [string, number | null, string][]) => {
	const payload = encodeBase64Url(JSON.stringify({ v: 1, a: week.a, t: week.t, p: week.p, n: name, r: results }));
	return `BE1-${payload}-${crc32(payload)}`;
};

const module: Result = ['m:agents/hold-done-right', null, '2026-11-20', '-', 0];
const ana = code('Ana', [module, ['q:spot-the-bzzzt', 40, '2026-11-21', 'a', 1, ['q2']], ['r:cold-call', 80, '2026-11-21', 'p', 3]]);
const bruno = code('bruno', [module, ['q:spot-the-bzzzt', 90, '2026-11-22', 'a', 1], ['r:cold-call', 75, '2026-11-22', 'a', 1]]);
const carla = v1Code('Carla', [
	['m:agents/hold-done-right', null, '2026-11-19'],
	['q:spot-the-bzzzt', 70, '2026-11-19'],
	['r:cold-call', 72, '2026-11-19'],
]);
const review = reviewCodes([ana, bruno, carla].join('\n'));
const row = (name: string) => review.rows.find((r) => r.name === name)!;
const names = (list: LearnerRow[]) => list.map((r) => r.name);
/** One CSV line's fields, quotes undone, as a spreadsheet reads them. */
const fields = (line: string) =>
	[...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, field = '']) => field.replace(/^"|"$/g, '').replace(/""/g, '"'));

const en = catalogues.en.assignment;
const fr = catalogues.fr.assignment;
/** The CSV labels as the review page builds them, in French. */
const frLabels: CsvLabels = {
	...fr,
	title: (key) =>
		columnName(
			key,
			{ 'm:agents/hold-done-right': 'Mettre en attente', 'q:spot-the-bzzzt': 'Repérer le Bzzzt', 'r:cold-call': 'L’appel à froid' }[key] ??
				key,
			fr,
		),
	attemptColumn: (key) => `${frLabels.title(key)} · mode`,
	attempt: (result) => howMade(result, fr),
};

describe('reading codes into rows', () => {
	it('reads v2 codes with their mode and attempt, and v1 codes without', () => {
		expect(review.rows).toHaveLength(3);
		expect(row('Ana').results['r:cold-call']).toEqual({ score: 80, date: '2026-11-21', mode: 'practice', attempt: 3 });
		expect(row('Carla').results['q:spot-the-bzzzt']).toEqual({ score: 70, date: '2026-11-19' });
		expect(row('Carla').rules).toEqual({ passMark: 70, assessment: false });
	});
});

describe('sorting the results table', () => {
	it('starts by learner, A to Z, whatever the case', () => {
		expect(names(sortRows(review.rows, initialSort))).toEqual(['Ana', 'bruno', 'Carla']);
	});

	it('sorts by an item’s score and flips on a second click', () => {
		const byQuiz = toggleSort(initialSort, 'q:spot-the-bzzzt');
		expect(byQuiz).toEqual({ column: 'q:spot-the-bzzzt', descending: false });
		expect(names(sortRows(review.rows, byQuiz))).toEqual(['Ana', 'Carla', 'bruno']);
		const flipped = toggleSort(byQuiz, 'q:spot-the-bzzzt');
		expect(names(sortRows(review.rows, flipped))).toEqual(['bruno', 'Carla', 'Ana']);
		expect(toggleSort(flipped, 'name')).toEqual({ column: 'name', descending: false });
	});

	it('sorts by result, not passed first, keeping ties in order', () => {
		expect(names(sortRows(review.rows, { column: 'result', descending: false }))).toEqual(['Ana', 'bruno', 'Carla']);
	});

	it('tells assistive technology which column is sorted and how', () => {
		expect(ariaSort(initialSort, 'name')).toBe('ascending');
		expect(ariaSort({ column: 'name', descending: true }, 'name')).toBe('descending');
		expect(ariaSort(initialSort, 'result')).toBe('none');
	});
});

describe('the results table', () => {
	it('marks what did not pass by the verdict, never a module read', () => {
		expect(belowPassMark(row('Ana'), 'q:spot-the-bzzzt')).toBe(true);
		expect(belowPassMark(row('bruno'), 'q:spot-the-bzzzt')).toBe(false);
		expect(belowPassMark(row('Carla'), 'q:spot-the-bzzzt')).toBe(false);
		expect(belowPassMark(row('Ana'), 'm:agents/hold-done-right')).toBe(false);
		expect([passed(row('Ana')), passed(row('bruno')), passed(row('Carla'))]).toEqual([false, true, true]);
	});

	it('fails a practice result, however high, when the assignment requires assessment', () => {
		const strict = reviewCodes(code('Dora', [['q:spot-the-bzzzt', 100, '2026-11-23', 'p', 2]], { m: 1 }));
		const dora = strict.rows[0]!;
		expect(dora.rules.assessment).toBe(true);
		expect(belowPassMark(dora, 'q:spot-the-bzzzt')).toBe(true);
		expect(passed(dora)).toBe(false);
	});

	it('names each column by kind and title, so a module and its quiz are told apart', () => {
		expect(columnName('m:agents/angry-caller', 'The angry caller', en)).toBe('Module · The angry caller');
		expect(columnName('q:angry-caller', 'The angry caller', en)).toBe('Quiz · The angry caller');
		expect(columnName('r:cold-call', 'The cold call', en)).toBe('Role-play · The cold call');
		expect(columnName('p:first-week', 'First week', en)).toBe('Path · First week');
	});

	it('says how a result was made, and nothing for a v1 code', () => {
		expect(howMade(row('bruno').results['q:spot-the-bzzzt']!, en)).toBe('assessment, attempt 1');
		expect(howMade(row('Ana').results['r:cold-call']!, fr)).toBe('entraînement, tentative 3');
		expect(howMade(row('Carla').results['r:cold-call']!, en)).toBe('');
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
});

describe('loading several texts', () => {
	it('adds each load to the ones before, with what was read from each', () => {
		let sources = addSource([], 'anna.txt', `Bonjour,\n${ana}\nMerci`, false);
		sources = addSource(sources, 'bruno.txt', bruno, false);
		expect(pasteNumber(sources)).toBe(1);
		sources = addSource(sources, 'texte collé 1', `${carla}\n${ana.slice(0, 40)}`, true);
		expect(pasteNumber(sources)).toBe(2);
		expect(sources.map((s) => [s.name, s.summary.read, s.summary.ignored, s.summary.incomplete])).toEqual([
			['anna.txt', 1, 2, 0],
			['bruno.txt', 1, 0, 0],
			['texte collé 1', 1, 0, 1],
		]);
		const all = reviewSources(sources)!;
		expect(names(sortRows(all.rows, initialSort))).toEqual(['Ana', 'bruno', 'Carla']);
		expect(all.summary).toMatchObject({ read: 3, ignored: 2, incomplete: 1 });
	});

	it('merges a learner sent twice, and adds nothing for blank text', () => {
		const sources = addSource(addSource(addSource([], 'a.txt', ana, false), 'b.txt', ana, false), 'empty.txt', ' \n ', false);
		expect(sources).toHaveLength(2);
		const all = reviewSources(sources)!;
		expect([all.rows.length, all.merged]).toEqual([1, 1]);
		expect(reviewSources([])).toBeNull();
	});

	it('reads each text on its own, so one long file does not cut the next', () => {
		const long = Array(MAX_LINES + 10)
			.fill('hello')
			.join('\n');
		const sources = addSource(addSource([], 'junk.txt', long, false), 'bruno.txt', bruno, false);
		expect(sources.map((s) => s.cut)).toEqual([true, false]);
		expect(reviewSources(sources)!.rows.map((r) => r.name)).toEqual(['bruno']);
	});
});

describe('the CSV', () => {
	const rows = sortRows(review.rows, initialSort);
	const csv = resultsCsv(review, rows, frLabels);
	const lines = csv.split('\r\n');

	it('starts with a byte-order mark, so a French spreadsheet reads the accents', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('has a column per item named by kind, and how each scored result was made beside it', () => {
		expect(lines[0]).toBe(
			'\uFEFF"Apprenant","Devoir","Module · Mettre en attente","Quiz · Repérer le Bzzzt","Quiz · Repérer le Bzzzt · mode","Jeu de rôle · L’appel à froid","Jeu de rôle · L’appel à froid · mode","Résultat"',
		);
		// Every text quoted, scores bare so a spreadsheet can compute with them, a missing one empty.
		expect(lines.slice(1)).toEqual([
			'"Ana","Semaine un — groupe B","lu",40,"évaluation, tentative 1",80,"entraînement, tentative 3","Non réussi"',
			'"bruno","Semaine un — groupe B","lu",90,"évaluation, tentative 1",75,"évaluation, tentative 1","Réussi"',
			'"Carla","Semaine un — groupe B","lu",70,,72,,"Réussi"',
			'',
		]);
	});

	it('has a semicolon twin, for spreadsheets set to French or Italian, with the same cells', () => {
		const semicolon = resultsCsv(review, rows, frLabels, ';').split('\r\n');
		expect(semicolon[0]).toBe(lines[0]!.replace(/","/g, '";"'));
		expect(semicolon[3]).toBe('"Carla";"Semaine un — groupe B";"lu";70;;72;;"Réussi"');
		expect(csvFileName(rows, '2026-12-03', ';')).toBe('semaine-un-groupe-b-2026-12-03-semicolon.csv');
	});

	it('guards a crafted name against formulas whichever separator the spreadsheet splits on', () => {
		const crafted = reviewCodes(code('Ann;=1+1', [module])).rows;
		const [, line] = resultsCsv(reviewCodes(code('Ann;=1+1', [module])), crafted, frLabels, ';').split('\r\n');
		expect(line).toBe('"Ann;\'=1+1";"Semaine un — groupe B";"lu";"Réussi"');
	});

	it('holds the same figures as the table, in the table’s order', () => {
		const byScore = sortRows(review.rows, { column: 'r:cold-call', descending: true });
		const scores = resultsCsv(review, byScore, frLabels)
			.split('\r\n')
			.slice(1, -1)
			.map((line) => fields(line)[5]);
		expect(scores).toEqual(byScore.map((r) => String(r.results['r:cold-call']!.score)));
	});

	it('is named after the assignment and the day, accents folded', () => {
		expect(csvFileName(rows, '2026-12-03')).toBe('semaine-un-groupe-b-2026-12-03.csv');
		expect(fileSafe('Écoute « active » — été')).toBe('ecoute-active-ete');
		const other = reviewCodes(encodeCompletion({ ...week, a: 'week2group', t: 'Week two', n: 'Eve', r: [module] })).rows;
		expect(csvFileName([...rows, ...other], '2026-12-03')).toBe('results-2026-12-03.csv');
		expect(csvFileName([], '2026-12-03')).toBe('results-2026-12-03.csv');
	});
});
