import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { decodeAssignment } from '../../src/lib/assignment/link.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, formatWholePercent } from '../../src/lib/i18n/format.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { localeNames } from '../../src/lib/i18n/locales.ts';
import { answer, loadQuiz, spaces } from './helpers/quiz.ts';
import { quizStrings } from './helpers/quiz-strings.ts';
import { pathFor, playByKeyboard, shippedScenarios, startCall } from './helpers/roleplay.ts';
import { parseCsv } from '../helpers/parse-csv.ts';

/**
 * The trainer loop with a class: a trainer assigns a module, a quiz and a role-play with
 * assessment required; three learners in three languages and three fresh browsers do it — one
 * passes everything, one fails the role-play, one fails the quiz and retries it after seeing the
 * answers. What each learner is told must be what the trainer's table says about them.
 */

const MODULE = 'agents/warm-transfers';
const QUIZ = 'warm-transfers';
const SCENARIO = 'cold-call';
const PASS_MARK = 70;

const quiz = loadQuiz(QUIZ);
const scenario = shippedScenarios().find((s) => s.id === SCENARIO)!;
const moduleTitle = (locale: Locale) =>
	(parse(readFileSync(`src/content/modules/${locale}/${MODULE}.mdx`, 'utf8').split('---')[1]!) as { title: string }).title;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Plan = {
	name: string;
	locale: Locale;
	/** Questions answered wrong in the first (assessment) attempt, by index. */
	wrong: number[];
	/** Whether the learner retries the missed questions (practice) after seeing the answers. */
	retries: boolean;
	call: 'best' | 'worst';
};

const plans: Plan[] = [
	// Misses the first question only: still over the pass mark.
	{ name: 'Élodie Martin', locale: 'fr', wrong: [0], retries: false, call: 'best' },
	{ name: 'Marco Bianchi', locale: 'it', wrong: [], retries: false, call: 'worst' },
	{ name: 'Sam Green', locale: 'en', wrong: quiz.questions.map((_, index) => index), retries: true, call: 'best' },
];

/** What a learner's checklist says about one item: its verdict class and the score line. */
type Said = { verdict: string; detail: string };

/** An item's row on the checklist, by its kind and title (a module and its quiz may share a title). */
const checklistRow = (page: Page, locale: Locale, kind: 'module' | 'quiz' | 'roleplay', title: string) =>
	page
		.getByRole('main')
		.getByRole('listitem')
		.filter({ hasText: catalogues[locale].assignment.kinds[kind] })
		.filter({ has: page.getByRole('link', { name: title, exact: true }) });

async function checklistSays(page: Page, locale: Locale, items: [kind: 'module' | 'quiz' | 'roleplay', title: string][]): Promise<Said[]> {
	const said: Said[] = [];
	for (const [kind, title] of items) {
		const row = checklistRow(page, locale, kind, title);
		said.push({
			verdict: (await row.getAttribute('class'))?.split(' ').find((c) => /passed|started|progress/.test(c)) ?? '',
			detail: (await row.locator('.item-detail').allTextContents()).join(' '),
		});
	}
	return said;
}

async function learnerDoes(browser: Browser, link: URL, plan: Plan) {
	const { locale } = plan;
	const a = catalogues[locale].assignment;
	const q = quizStrings(locale);
	const r = catalogues[locale].roleplay;
	const context = await browser.newContext();
	const page = await context.newPage();
	// The trainer's link is in English; the learner switches language, and keeps the assignment.
	await page.goto(link.pathname + link.hash);
	await expect(page.getByRole('heading', { name: 'Week one — group B' })).toBeVisible();
	if (locale !== 'en') {
		await page.getByRole('link', { name: localeNames[locale] }).first().click();
		await expect(page).toHaveURL(new RegExp(`/${locale}/assignment/#a=`));
	}
	await expect(page.getByRole('heading', { name: 'Week one — group B' })).toBeVisible();
	await expect(page.getByText(a.assessmentRule)).toBeVisible();

	// 1. The module, from the checklist; the page leads back to the assignment.
	await checklistRow(page, locale, 'module', moduleTitle(locale)).getByRole('link').click();
	await page.getByRole('button', { name: catalogues[locale].progress.markRead }).click();
	await expect(page.getByText(catalogues[locale].progress.readOn)).toBeVisible();
	const back = page.getByRole('navigation', { name: a.bannerLabel }).getByRole('link');
	await expect(back).toContainText('Week one — group B');
	await back.click();

	// 2. The quiz, in assessment mode because the assignment requires it (the quiz itself is practice).
	expect(quiz.mode).toBe('practice');
	await checklistRow(page, locale, 'quiz', quiz.title[locale]).getByRole('link').click();
	for (const [index, question] of quiz.questions.entries()) {
		await answer(page, question, locale, !plan.wrong.includes(index));
		// Assessment: no Check button, straight on.
		await expect(page.getByRole('button', { name: q.check, exact: true })).toHaveCount(0);
		await page.getByRole('button', { name: index === quiz.questions.length - 1 ? q.seeResults : q.next, exact: true }).click();
	}
	await expect(page.getByText(fill(q.attemptKinds.counts, { attempt: 1 }))).toBeVisible();
	const quizPasses = plan.wrong.length < quiz.questions.length * 0.3;
	await expect(
		page.getByText(
			fill(quizPasses ? q.forAssignmentPassed : q.forAssignmentNotPassed, {
				title: 'Week one — group B',
				passMark: formatWholePercent(locale, PASS_MARK),
			}),
		),
	).toBeVisible();
	if (plan.retries) {
		// After the answers were shown, a retry is practice, said on the button and on the results.
		await page.getByRole('button', { name: q.retryMissedPractice }).click();
		for (const [index, question] of quiz.questions.entries()) {
			await answer(page, question, locale, true);
			await page.getByRole('button', { name: index === quiz.questions.length - 1 ? q.seeResults : q.next, exact: true }).click();
		}
		await expect(page.getByText(fill(q.scored, { percent: formatWholePercent(locale, 100) }))).toBeVisible();
		await expect(page.getByText(fill(q.attemptKinds.practiceShown, { attempt: 2 }))).toBeVisible();
		// Still not passed: the attempt that counts is the first.
		await expect(
			page.getByText(fill(q.forAssignmentNotPassed, { title: 'Week one — group B', passMark: formatWholePercent(locale, PASS_MARK) })),
		).toBeVisible();
	}
	await page.getByRole('navigation', { name: a.bannerLabel }).getByRole('link').click();

	// 3. The role-play, assessment pre-selected, along its best or worst path by keyboard.
	await checklistRow(page, locale, 'roleplay', scenario.title[locale]).getByRole('link').click();
	await expect(page.getByRole('radio', { name: new RegExp(r.modeAssessment) })).toBeChecked();
	await startCall(page, r, 'assessment');
	await playByKeyboard(page, scenario, pathFor(scenario, plan.call), r, locale);
	await expect(page.getByRole('heading', { name: r.debrief })).toBeFocused();
	await expect(page.getByText(fill(r.recordedAs.assessment, { attempt: 1 }))).toBeVisible();
	const callPasses = plan.call === 'best';
	await expect(
		page.getByText(
			fill(callPasses ? r.forAssignmentPassed : r.forAssignmentNotPassed, {
				title: 'Week one — group B',
				passMark: formatWholePercent(locale, PASS_MARK),
			}),
		),
	).toBeVisible();

	// Back on the assignment: everything finished; a code, and a certificate only if all passed.
	await page.getByRole('navigation', { name: a.bannerLabel }).getByRole('link').click();
	const said = await checklistSays(page, locale, [
		['module', moduleTitle(locale)],
		['quiz', quiz.title[locale]],
		['roleplay', scenario.title[locale]],
	]);
	expect(said.map((s) => s.verdict)).toEqual(['passed', quizPasses ? 'passed' : 'not-passed', callPasses ? 'passed' : 'not-passed']);
	await page.getByRole('textbox', { name: a.nameLabel }).fill(plan.name);
	await page.getByRole('button', { name: a.makeCode }).click();
	const code = await page.getByRole('textbox', { name: a.codeLabel }).inputValue();
	expect(code).toMatch(/^BE2-/);
	const allPassed = quizPasses && callPasses;
	await expect(page.getByRole('heading', { name: allPassed ? a.certificate : a.completionRecord })).toBeVisible();
	await expect(page.getByRole('heading', { name: allPassed ? a.completionRecord : a.certificate })).toHaveCount(0);
	// Printed, the page is the certificate or record alone.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('region', { name: allPassed ? a.certificate : a.completionRecord })).toBeVisible();
	await expect(page.getByRole('heading', { name: a.checklist })).toBeHidden();
	await expect(page.getByRole('textbox', { name: a.codeLabel })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });
	// Sent as a file, named for this learner.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: a.download }).click();
	const file = await download;
	const fileName = file.suggestedFilename();
	const fileText = readFileSync(await file.path(), 'utf8');
	await context.close();
	return { plan, code, said, fileName, fileText, quizPasses, callPasses };
}

test('a class of three, three languages: each learner is told what the trainer’s table says', async ({ browser }) => {
	test.setTimeout(240_000);
	const a = catalogues.en.assignment;
	// The trainer builds the assignment.
	const trainer = await browser.newContext();
	const builder = await trainer.newPage();
	await builder.goto('/en/trainers/assign/');
	// The form works once its island has run (the button is enabled then).
	await expect(builder.getByRole('button', { name: a.create })).toBeEnabled();
	const picker = builder.getByRole('group', { name: a.pickLegend });
	for (const name of [
		new RegExp(`^Module ${escape(moduleTitle('en'))}`),
		new RegExp(`^Quiz ${escape(quiz.title.en)}`),
		new RegExp(`^Role-play ${escape(scenario.title.en)}`),
	]) {
		await picker.getByRole('checkbox', { name }).check();
	}
	await builder.getByRole('textbox', { name: a.titleLabel }).fill('Week one — group B');
	await builder.getByRole('spinbutton', { name: a.passMarkLabel }).fill(String(PASS_MARK));
	await builder.getByRole('checkbox', { name: a.requireAssessment }).check();
	await builder.getByRole('button', { name: a.create }).click();
	const link = new URL(await builder.getByRole('textbox', { name: a.linkLabel }).inputValue());
	const decoded = decodeAssignment(link.hash);
	expect(decoded.ok && decoded.assignment.m).toBe(1);

	const results = [];
	for (const plan of plans) results.push(await learnerDoes(browser, link, plan));
	const [passer, callFailer, retrier] = results as [
		Awaited<ReturnType<typeof learnerDoes>>,
		Awaited<ReturnType<typeof learnerDoes>>,
		Awaited<ReturnType<typeof learnerDoes>>,
	];
	expect(new Set(results.map((r) => r.fileName)).size).toBe(3);

	// The trainer: one code pasted wrapped inside an e-mail, two files loaded one after the other.
	const review = await trainer.newPage();
	await review.goto('/en/trainers/review/');
	await expect(review.getByRole('button', { name: a.readCodes })).toBeEnabled();
	const wrapped = passer.code.match(/.{1,76}/g)!.join('\n> ');
	await review.getByRole('textbox', { name: a.pasteLabel }).fill(`Bonjour,\n\nvoici mon code :\n> ${wrapped}\n\nMerci !`);
	await review.getByRole('button', { name: a.readCodes }).click();
	const table = review.getByRole('table', { name: a.tableCaption });
	await expect(table.getByRole('row', { name: new RegExp(passer.plan.name) })).toBeVisible();
	for (const learner of [callFailer, retrier]) {
		await review
			.getByLabel(a.loadFile)
			.setInputFiles({ name: learner.fileName, mimeType: 'text/plain', buffer: Buffer.from(learner.fileText) });
		await expect(table.getByRole('row', { name: new RegExp(learner.plan.name) })).toBeVisible();
	}
	await expect(table.getByRole('row')).toHaveCount(4);

	// Each row says what the learner was told: the same verdict, score, mode and attempt per item.
	const headers = await table.getByRole('columnheader').allTextContents();
	const columnOf = (kind: 'quiz' | 'roleplay', title: string) =>
		headers.findIndex((h) => h.startsWith(fill(a.column, { kind: a.kinds[kind], title })));
	const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);
	for (const learner of results) {
		const own = catalogues[learner.plan.locale].assignment;
		const cells = await table
			.getByRole('row', { name: new RegExp(learner.plan.name) })
			.getByRole('cell')
			.allTextContents();
		const items = [
			{ said: learner.said[1]!, column: columnOf('quiz', quiz.title.en) },
			{ said: learner.said[2]!, column: columnOf('roleplay', scenario.title.en) },
		];
		for (const { said, column } of items) {
			expect(column).toBeGreaterThan(0);
			// Headers start with the learner's name column, a row header: cell k is header k + 1.
			const cell = cells[column - 1] ?? '';
			expect(numbers(cell), `${learner.plan.name}: ${cell} vs ${said.detail}`).toEqual(numbers(said.detail));
			const mode = said.detail.includes(own.modes.assessment) ? 'assessment' : 'practice';
			expect(cell).toContain(a.modes[mode]);
			expect(cell.includes(a.failed)).toBe(said.verdict === 'not-passed');
		}
		expect(cells.at(-1)).toBe(learner.quizPasses && learner.callPasses ? a.passed : a.failed);
	}
	// The retrier's quiz counts the first attempt, in assessment, not the 100 % practice retry.
	expect(retrier.said[1]!.verdict).toBe('not-passed');
	expect(callFailer.said[2]!.verdict).toBe('not-passed');
	expect(passer.said.every((said) => said.verdict === 'passed')).toBe(true);

	// The class view names the question most missed: the first, missed by two of three.
	const classView = review.getByRole('region', { name: a.classTitle });
	await expect(classView.getByRole('listitem').first()).toHaveText(
		spaces(fill(a.missedBy, { label: quiz.questions[0]!.prompt.en, count: 2, total: 3 })),
	);

	// The CSV holds the same figures: per learner, each item's score and the verdict.
	const download = review.waitForEvent('download');
	await review.getByRole('button', { name: a.exportCsv }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const [header = [], ...lines] = parseCsv(csv.slice(1));
	for (const learner of results) {
		const line = lines.find((cells) => cells[0] === learner.plan.name)!;
		const cells = await table
			.getByRole('row', { name: new RegExp(learner.plan.name) })
			.getByRole('cell')
			.allTextContents();
		for (const kind of ['quiz', 'roleplay'] as const) {
			const title = kind === 'quiz' ? quiz.title.en : scenario.title.en;
			const name = fill(a.column, { kind: a.kinds[kind], title });
			const score = line[header.indexOf(name)];
			expect(numbers(cells[headers.indexOf(name) - 1] ?? '')[0], `${learner.plan.name}, ${name}`).toBe(Number(score));
		}
		expect(line.at(-1)).toBe(learner.quizPasses && learner.callPasses ? a.passed : a.failed);
	}
	await trainer.close();
});
