import { describe, expect, it } from 'vitest';
import { crc32, encodeBase64Url } from '../../../src/lib/assignment/base64url.ts';
import { classInsights, classLabels, tallyLabel } from '../../../src/lib/assignment/class-view.ts';
import { encodeCompletion } from '../../../src/lib/assignment/code.ts';
import { reviewCodes } from '../../../src/lib/assignment/review.ts';
import type { Completion } from '../../../src/lib/assignment/schema.ts';

type Result = Completion['r'][number];
const code = (name: string, results: Result[]) => encodeCompletion({ v: 2, a: 'week1group', t: 'Week one', p: 70, n: name, r: results });
const quiz = (score: number, missed?: string[]): Result =>
	missed ? ['q:spot-the-bzzzt', score, '2026-11-21', 'a', 1, missed] : ['q:spot-the-bzzzt', score, '2026-11-21', 'a', 1];
const call = (score: number, path?: string[]): Result =>
	path ? ['r:cold-call', score, '2026-11-21', 'a', 1, path] : ['r:cold-call', score, '2026-11-21', 'a', 1];
const read: Result = ['m:agents/hold-done-right', null, '2026-11-20', '-', 0];
const insightsOf = (...codes: string[]) => classInsights(reviewCodes(codes.join('\n')));

describe('what the class missed', () => {
	it('counts each question once per learner, most missed first', () => {
		const [insight] = insightsOf(
			code('Ana', [read, quiz(40, ['q2', 'q5', 'q2'])]),
			code('Bruno', [read, quiz(80, ['q5'])]),
			code('Carla', [read, quiz(60, ['q5', 'q1'])]),
		);
		expect(insight).toEqual({
			key: 'q:spot-the-bzzzt',
			learners: 3,
			tallies: [
				{ id: 'q5', count: 3 },
				{ id: 'q2', count: 1 },
				{ id: 'q1', count: 1 },
			],
		});
	});

	it('counts a full-marks v2 result as missing nothing, and leaves out codes that do not say', () => {
		const v1Payload = encodeBase64Url(
			JSON.stringify({ v: 1, a: 'week1group', t: 'Week one', p: 70, n: 'Old', r: [['q:spot-the-bzzzt', 50, '2026-11-01']] }),
		);
		const [insight] = insightsOf(
			code('Ana', [quiz(50, ['q3'])]),
			code('Perfect', [quiz(100)]),
			// Detail left out to fit: the score says something was missed, the code not what.
			code('Trimmed', [quiz(60)]),
			`BE1-${v1Payload}-${crc32(v1Payload)}`,
		);
		expect(insight).toEqual({ key: 'q:spot-the-bzzzt', learners: 2, tallies: [{ id: 'q3', count: 1 }] });
	});

	it('keeps ties in the order first seen, and at most the limit', () => {
		const review = reviewCodes([code('Ana', [quiz(0, ['q4', 'q1', 'q3', 'q2'])]), code('Bruno', [quiz(0, ['q2', 'q1'])])].join('\n'));
		expect(classInsights(review)[0]!.tallies).toEqual([
			{ id: 'q1', count: 2 },
			{ id: 'q2', count: 2 },
			{ id: 'q4', count: 1 },
		]);
		expect(classInsights(review, 1)[0]!.tallies).toEqual([{ id: 'q1', count: 2 }]);
	});

	it('counts only the role-play turns marked costly, once per learner', () => {
		const [insight] = insightsOf(
			code('Ana', [call(40, ['start.greet', '!ask.blame', 'end.close'])]),
			code('Bruno', [call(50, ['start.greet', '!ask.blame', '!hold.long', '!ask.blame'])]),
			code('Carla', [call(90, ['start.greet', 'ask.listen'])]),
		);
		expect(insight).toEqual({
			key: 'r:cold-call',
			learners: 3,
			tallies: [
				{ id: 'ask.blame', count: 2 },
				{ id: 'hold.long', count: 1 },
			],
		});
	});

	it('leaves out items nobody got wrong, and modules', () => {
		expect(insightsOf(code('Ana', [read, quiz(100), call(90, ['start.greet'])]))).toEqual([]);
	});
});

describe('the class view’s words', () => {
	const labels = classLabels(
		[
			{
				id: 'spot',
				questions: [{ id: 'q1', prompt: { en: 'What is a Bzzzt?', fr: 'Qu’est-ce qu’un Bzzzt ?', it: 'Che cos’è un Bzzzt?' } }],
			},
		],
		[
			{
				id: 'cold-call',
				nodes: {
					start: {
						choices: [
							{ id: 'greet', say: { en: 'Hello', fr: 'Bonjour', it: 'Buongiorno' } },
							{ id: 'blame', say: { en: 'Not my fault', fr: 'Pas ma faute', it: 'Non è colpa mia' } },
						],
					},
					end: {},
				},
			},
		],
		'fr',
	);

	it('are one language’s prompts and replies, by id', () => {
		expect(labels).toEqual({
			quizzes: { spot: { q1: 'Qu’est-ce qu’un Bzzzt ?' } },
			roleplays: { 'cold-call': { 'start.greet': 'Bonjour', 'start.blame': 'Pas ma faute' } },
		});
	});

	it('name a tally, or nothing when unknown or not loaded', () => {
		expect(tallyLabel(labels, 'q:spot', 'q1')).toBe('Qu’est-ce qu’un Bzzzt ?');
		expect(tallyLabel(labels, 'r:cold-call', 'start.blame')).toBe('Pas ma faute');
		expect(tallyLabel(labels, 'q:spot', 'gone')).toBeUndefined();
		expect(tallyLabel(undefined, 'q:spot', 'q1')).toBeUndefined();
	});
});
