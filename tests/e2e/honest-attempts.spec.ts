import { expect, test, type Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/assignment/link.ts';
import { expectNoAxeViolations } from './helpers/axe.ts';
import { catalogues } from '../../src/lib/i18n/catalogue/index.ts';
import { fill, formatNumber, formatPercent, formatWholePercent, plural } from '../../src/lib/i18n/format.ts';
import { personaRuns } from '../../src/lib/roleplay/analysis.ts';
import { allowanceFor, allowances, debrief } from '../../src/lib/roleplay/debrief.ts';
import { replay } from '../../src/lib/roleplay/engine.ts';
import { percent } from '../../src/lib/quiz/percent.ts';
import { quizStrings } from './helpers/quiz-strings.ts';
import { answer, loadQuiz, press } from './helpers/quiz.ts';
import { pathFor, playByKeyboard, shippedScenarios } from './helpers/roleplay.ts';
import { storedRecord } from './helpers/storage.ts';

// The rule under test: the attempt that counts is the first one made in assessment mode before any
// of that quiz's or role-play's answers were shown on this device; later attempts are practice,
// labelled so, and an assignment requiring assessment is never passed by practice.

const s = quizStrings('en');
const r = catalogues.en.roleplay;
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });
const whole = (value: number) => formatWholePercent('en', value);

/** Answers every question of the round on screen (assessment mode: Next, then See results), right except `wrong`. */
async function answerRound(page: Page, questions: ReturnType<typeof loadQuiz>['questions'], wrong: ReadonlySet<string>) {
	for (const [index, question] of questions.entries()) {
		await expect(heading(page, fill(s.questionOf, { n: index + 1, total: questions.length }))).toBeVisible();
		await answer(page, question, 'en', !wrong.has(question.id));
		await press(page, page.getByRole('button', { name: index === questions.length - 1 ? s.seeResults : s.next, exact: true }));
	}
	await expect(heading(page, s.resultsHeading)).toBeFocused();
}

/** Opens an assignment link as a learner would, then follows an item's link from its checklist. */
async function openFromAssignment(page: Page, assignment: Parameters<typeof encodeAssignment>[0], itemTitle: string) {
	await page.goto(`/en/assignment/#${encodeAssignment(assignment)}`);
	await expect(page.getByRole('heading', { name: assignment.t })).toBeVisible();
	await page.getByRole('main').getByRole('link', { name: itemTitle, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`\\?assignment=${assignment.i}`));
}

test('an assessment quiz failed, then its missed questions retried right: the retry is practice, the first attempt still counts', async ({
	page,
}) => {
	const quiz = loadQuiz('hold-done-right');
	expect(quiz.mode).toBe('assessment');
	// Wrong on these three (an order left shuffled scores at most 3/4): below the 75 % pass mark.
	const wrong = new Set(quiz.questions.filter((q) => ['order', 'spot', 'multiple'].includes(q.type)).map((q) => q.id));
	await page.goto(`/en/quiz/${quiz.id}/`);
	// A fresh device: the round can count, so no note above it.
	await expect(page.getByText(s.roundPractice)).toHaveCount(0);
	await answerRound(page, quiz.questions, wrong);
	await expect(page.getByText(fill(s.attemptKinds.counts, { attempt: formatNumber('en', 1) }))).toBeVisible();
	await expect(page.getByText(fill(s.notPassed, { passMark: whole(quiz.passMark) }))).toBeVisible();
	const first = (await storedRecord(page)).quizzes[quiz.id];
	expect(first.assessment).toMatchObject({ attempt: 1, mode: 'assessment', passed: false });
	expect(first.assessment.missed).toEqual(quiz.questions.filter((q) => wrong.has(q.id)).map((q) => q.id));

	// Both ways on are labelled practice: the results showed every answer.
	await expect(page.getByRole('button', { name: s.startAgainPractice, exact: true })).toBeVisible();
	await press(page, page.getByRole('button', { name: s.retryMissedPractice, exact: true }));
	await expect(page.getByText(plural('en', s.retrying, wrong.size))).toBeVisible();
	await expect(page.getByText(s.roundPractice)).toBeVisible();
	await answerRound(
		page,
		quiz.questions.filter((q) => wrong.has(q.id)),
		new Set(),
	);
	await expect(page.getByText(fill(s.scored, { percent: whole(100) }))).toBeVisible();
	await expect(page.getByText(fill(s.attemptKinds.practiceShown, { attempt: formatNumber('en', 2) }))).toBeVisible();
	await expect(page.getByText(s.attemptKinds.counts.split('(')[0]!.trim())).toHaveCount(0);

	// The record keeps the first attempt as the one that counts; the 100 % is practice.
	const after = (await storedRecord(page)).quizzes[quiz.id];
	expect(after.assessment).toEqual(first.assessment);
	expect(after.last).toMatchObject({ attempt: 2, mode: 'practice', score: 1 });
	expect(after.attempts).toBe(2);

	// Starting again is practice too, and says so before the first question.
	await press(page, page.getByRole('button', { name: s.startAgainPractice, exact: true }));
	await expect(page.getByText(s.roundPractice)).toBeVisible();
});

test('a quiz opened from an assignment requiring assessment runs in assessment mode and is judged by the assignment’s pass mark', async ({
	page,
}) => {
	const quiz = loadQuiz('first-ten-seconds');
	// A practice quiz whose own pass mark (70 %) is below the assignment's (80 %).
	expect(quiz.mode).toBe('practice');
	expect(quiz.passMark).toBeLessThan(80);
	// Two of seven wrong, each worth nothing when wrong: 71 %, between the two pass marks.
	const wrong = new Set(
		quiz.questions
			.filter((q) => q.type === 'single' || q.type === 'truefalse')
			.slice(0, 2)
			.map((q) => q.id),
	);
	const score = percent((quiz.questions.length - wrong.size) / quiz.questions.length);
	expect(score).toBeGreaterThanOrEqual(quiz.passMark);
	expect(score).toBeLessThan(80);
	const assignment = { v: 1 as const, i: 'honest80', t: 'Week one, honest', p: 80, m: 1 as const, x: [`q:${quiz.id}`] };
	await openFromAssignment(page, assignment, quiz.title.en);

	await expect(
		page.getByText(fill(s.roundAssessmentRequired, { title: assignment.t, passMark: whole(80) }), { exact: true }),
	).toBeVisible();
	// Assessment mode: no Check button, no feedback along the way.
	await expect(page.getByRole('button', { name: s.check, exact: true })).toHaveCount(0);
	await expectNoAxeViolations(page);
	await answerRound(page, quiz.questions, wrong);
	await expect(page.getByText(fill(s.scored, { percent: whole(score) }))).toBeVisible();
	await expect(page.getByText(fill(s.attemptKinds.counts, { attempt: formatNumber('en', 1) }))).toBeVisible();
	// Judged by 80 %, not by the quiz's own 70 %: not passed, and the quiz's own verdict is not shown.
	await expect(page.getByText(fill(s.forAssignmentNotPassed, { title: assignment.t, passMark: whole(80) }))).toBeVisible();
	await expect(page.getByText(fill(s.passed, { passMark: whole(quiz.passMark) }))).toHaveCount(0);
	await expect(page.getByRole('main')).not.toContainText(fill(s.forAssignmentPassed, { title: assignment.t, passMark: whole(80) }));
	await expectNoAxeViolations(page);

	// A practice retry at 100 % does not pass the assignment: the first attempt is the one that counts.
	await press(page, page.getByRole('button', { name: s.retryMissedPractice, exact: true }));
	await answerRound(
		page,
		quiz.questions.filter((q) => wrong.has(q.id)),
		new Set(),
	);
	await expect(page.getByText(fill(s.scored, { percent: whole(100) }))).toBeVisible();
	await expect(page.getByText(fill(s.forAssignmentNotPassed, { title: assignment.t, passMark: whole(80) }))).toBeVisible();
	await expect(
		page.getByText(fill(s.countedEarlier, { attempt: formatNumber('en', 1), percent: whole(score), mode: s.modeNames.assessment })),
	).toBeVisible();
});

test('a role-play from an assignment requiring assessment, played twice: the second call is practice, and the debrief says so', async ({
	page,
}) => {
	const scenario = shippedScenarios().find((sc) => sc.id === 'cold-call')!;
	const persona = personaRuns(scenario)[0];
	const allowance = allowanceFor(allowances(scenario), persona);
	const worst = pathFor(scenario, 'worst');
	const best = pathFor(scenario, 'best');
	const worstCall = debrief(scenario, replay(scenario, worst, { persona }), allowance);
	const bestCall = debrief(scenario, replay(scenario, best, { persona }), allowance);
	const low = Math.round(worstCall.overall * 100);
	expect(low).toBeLessThan(80);
	const assignment = { v: 1 as const, i: 'honestcall', t: 'Calls, honest', p: 80, m: 1 as const, x: [`r:${scenario.id}`] };
	await openFromAssignment(page, assignment, scenario.title.en);

	// The assignment requires assessment: it is chosen already, and the form says why.
	await expect(page.getByText(fill(r.assignmentRequiresAssessment, { title: assignment.t }))).toBeVisible();
	await expect(page.getByRole('radio', { name: new RegExp(r.modeAssessment) })).toBeChecked();
	await page.getByRole('button', { name: r.startCall }).click();
	await playByKeyboard(page, scenario, worst, r, 'en', { persona });
	const report = page.getByRole('region', { name: r.debrief });
	await expect(report.getByRole('heading', { name: r.debrief })).toBeFocused();
	await expect(report).toContainText(fill(r.recordedAs.assessment, { attempt: formatNumber('en', 1) }));
	await expect(report).toContainText(fill(r.forAssignmentNotPassed, { title: assignment.t, passMark: whole(80) }));
	await expectNoAxeViolations(page);

	// The same call again, in assessment mode, played at its best: recorded as practice, and why.
	await report.getByRole('button', { name: r.replay }).click();
	await playByKeyboard(page, scenario, best, r, 'en', { persona });
	await expect(report.getByRole('heading', { name: r.debrief })).toBeFocused();
	await expect(report).toContainText(fill(r.recordedAs.seen, { attempt: formatNumber('en', 2) }));
	await expect(report).toContainText(fill(r.forAssignmentNotPassed, { title: assignment.t, passMark: whole(80) }));
	await expect(report).toContainText(
		fill(r.countedEarlier, { attempt: formatNumber('en', 1), percent: whole(low), mode: r.modeNames.assessment }),
	);

	// The record: the first call counts, with its path (costly turns marked); the second is practice.
	const calls = (await storedRecord(page)).roleplays[scenario.id];
	expect(calls.assessment).toMatchObject({ attempt: 1, mode: 'assessment', overall: worstCall.overall });
	const costly = new Set(worstCall.costly.map((turn) => turn.step));
	const steps = replay(scenario, worst, { persona }).path;
	expect(calls.assessment.path).toEqual(steps.map((step, i) => `${costly.has(i) ? '!' : ''}${step.node}.${step.choice}`));
	expect(calls.last).toMatchObject({ attempt: 2, mode: 'practice', overall: bestCall.overall });

	// Back on the setup form, the assessment choice now says a call would be practice, and the
	// line above it gives the call that counts for the assignment.
	await page.reload();
	await expect(page.getByText(r.modeAssessmentUsed)).toBeVisible();
	await expect(
		page.getByText(
			fill(r.countedSoFar, {
				percent: formatPercent('en', worstCall.overall),
				attempt: formatNumber('en', 1),
				mode: r.modeNames.assessment,
			}),
		),
	).toBeVisible();
});

test('a quiz at the end of a module opened from an assignment that does not ask for the quiz keeps its own rules', async ({ page }) => {
	const quiz = loadQuiz('first-ten-seconds');
	expect(quiz.mode).toBe('practice');
	const assignment = { v: 1 as const, i: 'moduleonly', t: 'Read this first', p: 80, m: 1 as const, x: ['m:agents/first-ten-seconds'] };
	await page.goto(`/en/assignment/#${encodeAssignment(assignment)}`);
	await expect(page.getByRole('heading', { name: assignment.t })).toBeVisible();
	await page.getByRole('main').getByRole('link', { name: 'The first ten seconds', exact: true }).click();
	await expect(page).toHaveURL(/\?assignment=moduleonly/);
	const section = page.getByRole('region', { name: s.moduleHeading });
	await section.scrollIntoViewIfNeeded();
	await expect(section.getByRole('heading', { name: fill(s.questionOf, { n: 1, total: quiz.questions.length }) })).toBeVisible();
	// Practice, as the quiz itself says: a Check button, and no note about the assignment.
	await expect(section.getByRole('button', { name: s.check, exact: true })).toBeVisible();
	await expect(section).not.toContainText(assignment.t);
});
