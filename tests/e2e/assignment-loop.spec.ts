import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { encodeAssignment } from '../../src/lib/assignment/link.ts';
import { fill, formatDate, formatList, formatNumber, formatWholePercent, plural } from '../../src/lib/i18n/format.ts';
import { quizStrings } from './helpers/quiz-strings.ts';
import { allowanceFor, allowances, debrief } from '../../src/lib/roleplay/debrief.ts';
import { replay } from '../../src/lib/roleplay/engine.ts';
import { answer, loadQuiz, press } from './helpers/quiz.ts';
import { pathFor, playByKeyboard, shippedScenarios, startCall } from './helpers/roleplay.ts';

const a = catalogues.en.assignment;
const q = quizStrings('en');
const r = catalogues.en.roleplay;
/** "{done} of {total} done", as the assignment page writes it. */
const progressText = (locale: 'en' | 'fr', done: number, total: number) =>
	fill(catalogues[locale].assignment.progressCount, { done: formatNumber(locale, done), total: formatNumber(locale, total) });

test('the whole loop: a trainer assigns, a learner completes and sends a code, the trainer reviews and exports', async ({ browser }) => {
	test.setTimeout(120_000);
	// Trainer builds the assignment.
	const trainer = await browser.newContext();
	const builder = await trainer.newPage();
	await builder.goto('/en/trainers/assign/');
	for (const name of [/^Module Hold, done right/, /^Quiz Spot the Bzzzt/, /^Role-play The cold call that knew nothing/]) {
		await builder.getByRole('checkbox', { name }).check();
	}
	await builder.getByRole('textbox', { name: a.titleLabel }).fill('Week one — group B');
	await builder.getByRole('spinbutton', { name: a.passMarkLabel }).fill('60');
	await builder.getByRole('button', { name: a.create }).click();
	const link = new URL(await builder.getByRole('textbox', { name: a.linkLabel }).inputValue());
	// Printed, the builder is a sheet for the wall: the QR code and what to do, no form.
	await builder.emulateMedia({ media: 'print' });
	await expect(builder.getByRole('img', { name: a.qrLabel })).toBeVisible();
	await expect(builder.getByText(fill(a.printItem, { kind: a.kinds.quiz, title: 'Spot the Bzzzt' }))).toBeVisible();
	await expect(builder.getByRole('button', { name: a.create })).toBeHidden();
	await builder.emulateMedia({ media: 'screen' });

	// A learner opens it in a fresh browser.
	const learnerContext = await browser.newContext();
	const learner = await learnerContext.newPage();
	await learner.goto(link.pathname + link.hash);
	await expect(learner.getByRole('heading', { name: 'Week one — group B' })).toBeVisible();
	await expect(learner.getByText(progressText('en', 0, 3))).toBeVisible();
	await expect(learner.getByText(a.finishLocked)).toBeVisible();

	// 1. The module, marked read.
	await learner.getByRole('link', { name: 'Hold, done right' }).click();
	await learner.getByRole('button', { name: catalogues.en.progress.markRead }).click();
	await expect(learner.getByText(catalogues.en.progress.readOn)).toBeVisible();

	// 2. The quiz, answered right.
	const quiz = loadQuiz('spot-the-bzzzt');
	await learner.goto('/en/quiz/spot-the-bzzzt/');
	for (const [index, question] of quiz.questions.entries()) {
		await answer(learner, question, 'en', true);
		await press(learner, learner.getByRole('button', { name: q.check, exact: true }));
		await press(learner, learner.getByRole('button', { name: index === quiz.questions.length - 1 ? q.seeResults : q.next, exact: true }));
	}
	await expect(learner.getByText(fill(q.scored, { percent: formatWholePercent('en', 100) }))).toBeVisible();

	// 3. The role-play, played along its best path by keyboard.
	const scenario = shippedScenarios().find((s) => s.id === 'cold-call')!;
	const path = pathFor(scenario, 'best');
	const callScore = Math.round(debrief(scenario, replay(scenario, path), allowanceFor(allowances(scenario), undefined)).overall * 100);
	await learner.goto('/en/practice/cold-call/');
	await startCall(learner, r, 'assessment');
	await playByKeyboard(learner, scenario, path, r);
	await expect(learner.getByRole('heading', { name: r.debrief })).toBeFocused();

	// Back to the assignment: all done, a completion code.
	await learner.goto(link.pathname + link.hash);
	await expect(learner.getByText(progressText('en', 3, 3))).toBeVisible();
	await learner.getByRole('textbox', { name: a.nameLabel }).fill('Giulia Rossi');
	await learner.getByRole('button', { name: a.makeCode }).click();
	const code = await learner.getByRole('textbox', { name: a.codeLabel }).inputValue();
	expect(code).toMatch(/^BE1-/);
	await expect(learner.getByRole('heading', { name: a.certificate })).toBeVisible();
	await expect(learner.getByText(a.honesty)).toBeVisible();
	const certificate = learner.getByRole('region', { name: a.certificate });
	await expect(certificate).toContainText(fill(a.certificateItem, { title: 'Spot the Bzzzt', score: formatWholePercent('en', 100) }));
	// Printed, the page is the certificate alone.
	await learner.emulateMedia({ media: 'print' });
	await expect(certificate).toBeVisible();
	await expect(learner.getByRole('heading', { name: a.checklist })).toBeHidden();
	await expect(learner.getByRole('textbox', { name: a.codeLabel })).toBeHidden();
	await learner.emulateMedia({ media: 'screen' });

	// The trainer pastes the whole e-mail, the code wrapped at 76 characters and quoted as mail does:
	// the table shows the learner passed, and the CSV holds the same figures.
	const review = await trainer.newPage();
	await review.goto('/en/trainers/review/');
	const wrapped = code.match(/.{1,76}/g)!.join('\n> ');
	expect(wrapped).toContain('\n');
	await review.getByRole('textbox', { name: a.pasteLabel }).fill(`Hello,\n\nhere is my code:\n> ${wrapped}\n\nThanks!`);
	await review.getByRole('button', { name: a.readCodes }).click();
	await expect(review.getByRole('status')).toContainText(
		formatList('en', [plural('en', a.summaryRead, 1), plural('en', a.summaryIgnored, 3)], 'unit'),
	);
	const row = review.getByRole('row', { name: /Giulia Rossi/ });
	await expect(row).toContainText('Week one — group B');
	await expect(row).toContainText(a.read);
	await expect(row).toContainText(formatWholePercent('en', 100));
	await expect(row).toContainText(formatWholePercent('en', callScore));
	await expect(row).toContainText(a.passed);
	const download = review.waitForEvent('download');
	await review.getByRole('button', { name: a.exportCsv }).click();
	const csv = readFileSync(await (await download).path(), 'utf8');
	const [header, line] = csv.trim().split('\r\n');
	expect(header).toBe(`${a.learner},${a.assignment},"Hold, done right",Spot the Bzzzt,The cold call that knew nothing,${a.result}`);
	expect(line).toBe(`Giulia Rossi,Week one — group B,${a.read},100,${callScore},${a.passed}`);
	await trainer.close();
	await learnerContext.close();
});

test('in French, the assignment page writes its dates, percentages, counts and note the French way', async ({ page }) => {
	const f = catalogues.fr.assignment;
	const assignment = {
		v: 1 as const,
		i: 'semaine123',
		t: 'Semaine un',
		d: '2099-03-01',
		p: 75,
		n: 'Dans l’ordre, merci.',
		x: ['m:agents/hold-done-right', 'q:spot-the-bzzzt'],
	};
	await page.goto(`/fr/assignment/#${encodeAssignment(assignment)}`);
	await expect(page.getByRole('heading', { name: 'Semaine un' })).toBeVisible();
	await expect(page.getByText(fill(f.due, { date: formatDate('fr', '2099-03-01') }))).toBeVisible();
	await expect(page.getByText(fill(f.passMark, { mark: formatWholePercent('fr', 75) }))).toBeVisible();
	await expect(page.getByText(`${f.fromTrainer} Dans l’ordre, merci.`)).toBeVisible();
	await expect(page.getByText(progressText('fr', 0, 2))).toBeVisible();
	await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(f.todo);
});

test('in French, the builder counts picked items with the right plural and refuses a link too long for a QR code', async ({ page }) => {
	const f = catalogues.fr.assignment;
	await page.goto('/fr/trainers/assign/');
	const legend = page.getByRole('group', { name: f.pickLegend });
	await expect(legend.locator('legend').first()).toContainText(plural('fr', f.selectedCount, 0));
	const boxes = await page.getByRole('checkbox').all();
	await boxes[0]!.check();
	await expect(legend.locator('legend').first()).toContainText(plural('fr', f.selectedCount, 1));
	for (const box of boxes) await box.check();
	await expect(legend.locator('legend').first()).toContainText(plural('fr', f.selectedCount, boxes.length));
	await page.getByRole('textbox', { name: f.noteLabel }).fill('x'.repeat(280));
	await page.getByRole('button', { name: f.create }).click();
	const alert = page.getByRole('alert');
	const count = Number((await alert.textContent())?.match(/\d+/)?.[0]);
	await expect(alert).toHaveText(plural('fr', f.tooLong, count));
});

test('the assignment page follows progress made in another tab', async ({ context }) => {
	const assignment = { v: 1 as const, i: 'liveone123', t: 'Live', p: 80, x: ['m:agents/hold-done-right', 'm:agents/first-ten-seconds'] };
	const landing = await context.newPage();
	await landing.goto(`/en/assignment/#${encodeAssignment(assignment)}`);
	await expect(landing.getByText(progressText('en', 0, 2))).toBeVisible();
	const reading = await context.newPage();
	await reading.goto('/en/agents/hold-done-right/');
	await reading.getByRole('button', { name: catalogues.en.progress.markRead }).click();
	await expect(landing.getByText(progressText('en', 1, 2))).toBeVisible();
	await expect(landing.getByRole('listitem').filter({ hasText: 'Hold, done right' })).toContainText(a.done);
});
