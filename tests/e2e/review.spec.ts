import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeCompletion } from '../../src/lib/assignment/code.ts';
import { dayOf } from '../../src/lib/assignment/completion.ts';
import type { Completion } from '../../src/lib/assignment/schema.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, formatList, formatWholePercent, plural } from '../../src/lib/i18n/format.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { loadQuiz } from './helpers/quiz.ts';
import { shippedScenarios } from './helpers/roleplay.ts';

const a = catalogues.en.assignment;
const quiz = loadQuiz('spot-the-bzzzt');
const scenario = shippedScenarios().find((s) => s.id === 'cold-call')!;
// The question two learners of three missed, and a costly reply one of them took: real ids, so the
// class view must find their words in the site's own content.
const missed = quiz.questions[1]!;
const other = quiz.questions[0]!;
const [node, { choices = [] } = {}] = Object.entries(scenario.nodes).find(([, n]) => (n.choices?.length ?? 0) > 0)!;
const reply = choices[0]!;

type Result = Completion['r'][number];
const week = { v: 2 as const, a: 'week1group', t: 'Week one — group B', p: 70 };
const read: Result = ['m:agents/hold-done-right', null, '2026-11-20', '-', 0];
const learner = (name: string, quizResult: Result, callResult: Result) =>
	encodeCompletion({ ...week, n: name, r: [read, quizResult, callResult] });
const anna = learner(
	'Anna Weber',
	['q:spot-the-bzzzt', 50, '2026-11-21', 'a', 1, [missed.id, other.id]],
	['r:cold-call', 45, '2026-11-21', 'a', 1, [`!${node}.${reply.id}`]],
);
const ben = learner('Ben Okafor', ['q:spot-the-bzzzt', 86, '2026-11-22', 'a', 1, [missed.id]], ['r:cold-call', 90, '2026-11-22', 'p', 3]);
// A full-marks quiz lists nothing missed; a call without a costly turn lists its turns unmarked.
const carla = learner(
	'Carla Rossi',
	['q:spot-the-bzzzt', 100, '2026-11-22', 'p', 2],
	['r:cold-call', 80, '2026-11-22', 'a', 1, [`${node}.${choices[1]!.id}`]],
);

const column = (kind: keyof typeof a.kinds, title: string) => fill(a.column, { kind: a.kinds[kind], title });
const quizColumn = column('quiz', quiz.title.en);
const callColumn = column('roleplay', scenario.title.en);

async function open(page: Page) {
	await page.goto('/en/trainers/review/');
	// Hydrated: the read button is enabled once the island runs.
	await expect(page.getByRole('button', { name: a.readCodes })).toBeEnabled();
}

const fileInput = (page: Page) => page.getByLabel(a.loadFile);
const file = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

async function dropFile(page: Page, name: string, text: string) {
	const dataTransfer = await page.evaluateHandle(
		([fileName, content]) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([content!], fileName!, { type: 'text/plain' }));
			return transfer;
		},
		[name, text],
	);
	await page.getByRole('textbox', { name: a.pasteLabel }).dispatchEvent('dragover', { dataTransfer });
	await page.getByRole('textbox', { name: a.pasteLabel }).dispatchEvent('drop', { dataTransfer });
}

/** One CSV line's fields, quotes undone, as a spreadsheet reads them. */
const fields = (line: string) =>
	[...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map(([, field = '']) => field.replace(/^"|"$/g, '').replace(/""/g, '"'));

/** The text of one column's cells, row by row, in the table's order. */
async function columnCells(page: Page, header: string): Promise<string[]> {
	const table = page.getByRole('table', { name: a.tableCaption });
	const headers = await table.getByRole('columnheader').allTextContents();
	const index = headers.findIndex((text) => text.trim() === header);
	expect(index).toBeGreaterThanOrEqual(0);
	return table.locator('tbody tr').evaluateAll((rows, i) => rows.map((row) => row.children[i]?.textContent?.trim() ?? ''), index);
}

test('files loaded one after the other and dropped all add up, the class view names what was missed, and the CSV matches', async ({
	page,
}) => {
	// The page does not carry the words of every question: they come later, and only if needed.
	const html = await (await page.request.get('/en/trainers/review/')).text();
	expect(html).not.toContain(missed.prompt.en);
	await open(page);

	await fileInput(page).setInputFiles(file('anna.txt', `Hello,\nhere is my code:\n${anna}\nAnna`));
	const table = page.getByRole('table', { name: a.tableCaption });
	await expect(table.getByRole('row', { name: /Anna Weber/ })).toBeVisible();
	await fileInput(page).setInputFiles(file('ben.txt', ben));
	await expect(table.getByRole('row', { name: /Anna Weber/ })).toBeVisible();
	await expect(table.getByRole('row', { name: /Ben Okafor/ })).toBeVisible();
	const status = page.getByRole('status').first();
	await expect(status).toContainText(fill(a.loaded, { sources: formatList('en', ['anna.txt', 'ben.txt'], 'unit') }));
	await expect(status).toContainText(
		fill(a.sourceSummary, {
			source: 'anna.txt',
			summary: formatList('en', [plural('en', a.summaryRead, 1), plural('en', a.summaryIgnored, 3)], 'unit'),
		}),
	);

	await dropFile(page, 'carla.txt', carla);
	await expect(table.getByRole('row', { name: /Carla Rossi/ })).toBeVisible();
	await expect(table.locator('tbody tr')).toHaveCount(3);

	// Columns named by kind; each score says how it was made; what did not pass says so in words.
	await expect(table.getByRole('columnheader', { name: quizColumn })).toBeVisible();
	await expect(table.getByRole('columnheader', { name: column('module', 'Hold, done right') })).toBeVisible();
	const annaRow = table.getByRole('row', { name: /Anna Weber/ });
	const annaQuiz = annaRow.getByRole('cell').nth(2);
	await expect(annaQuiz).toContainText(formatWholePercent('en', 50));
	await expect(annaQuiz).toContainText(fill(a.madeHow, { mode: a.modes.assessment, attempt: 1 }));
	await expect(annaQuiz).toContainText(a.failed);
	await expect(table.getByRole('row', { name: /Ben Okafor/ })).toContainText(fill(a.madeHow, { mode: a.modes.practice, attempt: 3 }));
	await expect(annaRow.getByRole('cell').last()).toHaveText(a.failed);
	await expect(
		table
			.getByRole('row', { name: /Carla Rossi/ })
			.getByRole('cell')
			.last(),
	).toHaveText(a.passed);

	// The class view: the question two of three missed, by its words, and the costly reply taken.
	const classView = page.getByRole('region', { name: a.classTitle });
	await expect(classView.getByRole('heading', { name: quizColumn })).toBeVisible();
	await expect(classView.getByRole('listitem').first()).toHaveText(fill(a.missedBy, { label: missed.prompt.en, count: 2, total: 3 }));
	await expect(classView.getByRole('heading', { name: callColumn })).toBeVisible();
	await expect(classView).toContainText(fill(a.chosenBy, { label: reply.say.en, count: 1, total: 2 }));
	await expect(classView.getByRole('link', { name: fill(a.callMapLink, { title: scenario.title.en }) })).toHaveAttribute(
		'href',
		'/en/trainers/role-cards/#cards-cold-call',
	);
	await expectNoAxeViolations(page);

	// The CSV: a byte-order mark, the assignment's title and the day as its name, the table's figures.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: a.exportCsv }).click();
	expect((await download).suggestedFilename()).toBe(`week-one-group-b-${dayOf()}.csv`);
	const bytes = readFileSync(await (await download).path());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const [header = '', ...lines] = bytes.toString('utf8').slice(1).trim().split('\r\n');
	const headers = fields(header);
	const quizAt = headers.indexOf(quizColumn);
	expect(headers[quizAt + 1]).toBe(fill(a.attemptColumn, { column: quizColumn }));
	const csvScores = lines.map((line) => formatWholePercent('en', Number(fields(line)[quizAt])));
	const tableScores = (await columnCells(page, quizColumn)).map((cell) => cell.match(/^\d+\s?%/)?.[0]);
	expect(csvScores).toEqual(tableScores);
	expect(lines.map((line) => fields(line)[0])).toEqual(['Anna Weber', 'Ben Okafor', 'Carla Rossi']);

	// The semicolon twin, second on an English page: its own name, the same cells.
	const buttons = page.getByRole('button', { name: /^Download CSV/ });
	await expect(buttons).toHaveText([a.exportCsv, a.exportCsvSemicolon]);
	const semicolon = page.waitForEvent('download');
	await page.getByRole('button', { name: a.exportCsvSemicolon }).click();
	expect((await semicolon).suggestedFilename()).toBe(`week-one-group-b-${dayOf()}-semicolon.csv`);
	const [, ...semicolonLines] = readFileSync(await (await semicolon).path(), 'utf8')
		.slice(1)
		.trim()
		.split('\r\n');
	expect(semicolonLines.map((line) => line.split(';')[0])).toEqual(['"Anna Weber"', '"Ben Okafor"', '"Carla Rossi"']);

	// Printed: the table and the class view, without the form or the site's header.
	await page.emulateMedia({ media: 'print' });
	await expect(table).toBeVisible();
	await expect(classView).toBeVisible();
	await expect(page.getByRole('textbox', { name: a.pasteLabel })).toBeHidden();
	await expect(page.getByRole('button', { name: a.exportCsv })).toBeHidden();
	await expect(page.locator('body > header')).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	// Clear all starts over, and puts the trainer back in the box.
	await page.getByRole('button', { name: a.clearAll }).click();
	await expect(table).toBeHidden();
	await expect(page.getByRole('textbox', { name: a.pasteLabel })).toBeFocused();
	await expect(page.getByText(a.cleared)).toBeVisible();
});

test('pasting adds to the files already loaded, and a class view whose words cannot load shows the ids', async ({ page }) => {
	await page.route('**/class-labels.json', (route) => route.abort());
	await open(page);
	await fileInput(page).setInputFiles(file('anna.txt', anna));
	await page.getByRole('textbox', { name: a.pasteLabel }).fill(`> ${ben}\nThanks!`);
	await page.getByRole('button', { name: a.readCodes }).click();
	const table = page.getByRole('table', { name: a.tableCaption });
	await expect(table.locator('tbody tr')).toHaveCount(2);
	await expect(page.getByRole('status').first()).toContainText(
		fill(a.loaded, { sources: formatList('en', ['anna.txt', fill(a.pasted, { number: 1 })], 'unit') }),
	);
	const classView = page.getByRole('region', { name: a.classTitle });
	await expect(classView.getByText(a.labelsFailed)).toBeVisible();
	await expect(classView).toContainText(fill(a.missedBy, { label: fill(a.questionId, { id: missed.id }), count: 2, total: 2 }));
	await expectNoAxeViolations(page);
});

test('crafted codes: an id and name that would collide if joined make two rows, and a formula name is guarded in both files', async ({
	page,
}) => {
	const f = catalogues.fr.assignment;
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const crafted = (a: string, n: string) => encodeCompletion({ ...week, a, n, r: [read] });
	await page.goto('/fr/trainers/review/');
	await expect(page.getByRole('button', { name: f.readCodes })).toBeEnabled();
	await page
		.getByRole('textbox', { name: f.pasteLabel })
		.fill([crafted('abcdefg', '1x'), crafted('abcdefg1', 'x'), crafted('abcdefg', 'Ann;=1+1')].join('\n'));
	await page.getByRole('button', { name: f.readCodes }).click();
	const table = page.getByRole('table', { name: f.tableCaption });
	await expect(table.locator('tbody tr')).toHaveCount(3);
	await expect(table.getByRole('rowheader')).toHaveText(['1x', 'Ann;=1+1', 'x']);
	expect(errors).toEqual([]);

	// On a French page the semicolon file comes first, as French spreadsheets expect.
	const actions = page.getByRole('button', { name: /^Télécharger le CSV/ });
	await expect(actions).toHaveText([f.exportCsvSemicolon, f.exportCsv]);
	for (const [name, separator] of [
		[f.exportCsvSemicolon, ';'],
		[f.exportCsv, ','],
	] as const) {
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name }).click();
		const csv = readFileSync(await (await download).path(), 'utf8');
		expect(csv.split('\r\n')[2]).toBe(['"Ann;\'=1+1"', '"Week one — group B"', `"${f.read}"`, `"${f.passed}"`].join(separator));
		// Split on either separator, quotes ignored: no cell starts a formula.
		for (const split of [',', ';']) {
			const cells = csv.split(/\r\n/).flatMap((line) => line.split(split).map((cell) => cell.replace(/^[\s"]+/, '')));
			expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
		}
	}
});
