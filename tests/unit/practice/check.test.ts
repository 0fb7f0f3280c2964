import { describe, expect, it } from 'vitest';
import { judgeCheck } from '../../../src/lib/practice/check';

const single = [
	{ id: 'a', correct: false },
	{ id: 'b', correct: true },
	{ id: 'c', correct: false },
];
const multiple = [
	{ id: 'a', correct: true },
	{ id: 'b', correct: false },
	{ id: 'c', correct: true },
];

describe('judgeCheck', () => {
	it('single choice: right shows its own feedback; wrong shows it and the right answer’s', () => {
		expect(judgeCheck(single, ['b'])).toEqual({ verdict: 'right', explain: ['b'], missed: [] });
		expect(judgeCheck(single, ['c'])).toEqual({ verdict: 'wrong', explain: ['b', 'c'], missed: ['b'] });
	});

	it('multiple choice: all and only the right ones is right; some of them is partly; none is wrong', () => {
		expect(judgeCheck(multiple, ['c', 'a'])?.verdict).toBe('right');
		expect(judgeCheck(multiple, ['a'])).toEqual({ verdict: 'partly', explain: ['a', 'c'], missed: ['c'] });
		expect(judgeCheck(multiple, ['a', 'b', 'c'])?.verdict).toBe('partly');
		expect(judgeCheck(multiple, ['b'])).toEqual({ verdict: 'wrong', explain: ['a', 'b', 'c'], missed: ['a', 'c'] });
	});

	it('asks for an answer rather than judging none, and ignores ids it does not know', () => {
		expect(judgeCheck(single, [])).toBeUndefined();
		expect(judgeCheck(single, ['zz'])).toBeUndefined();
		expect(judgeCheck(single, ['b', 'zz'])?.verdict).toBe('right');
	});
});
