import { describe, expect, it } from 'vitest';
import { arrange, mulberry32, newSeed, questionSeed, shuffle, shuffleAway } from '../../../src/lib/quiz/shuffle.ts';
import { questionById, validQuiz } from './load.ts';

const letters = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('mulberry32', () => {
	it('gives the same sequence for the same seed, and numbers in [0, 1)', () => {
		const one = mulberry32(42);
		const two = mulberry32(42);
		const drawn = Array.from({ length: 1000 }, () => one());
		expect(Array.from({ length: 1000 }, () => two())).toEqual(drawn);
		expect(drawn.every((n) => n >= 0 && n < 1)).toBe(true);
		expect(new Set(drawn).size).toBeGreaterThan(990);
	});

	it('gives different sequences for different seeds', () => {
		expect(mulberry32(1)()).not.toBe(mulberry32(2)());
	});
});

describe('shuffle', () => {
	it('keeps every item once and leaves the input alone', () => {
		const input = [...letters];
		const out = shuffle(input, mulberry32(7));
		expect([...out].sort()).toEqual(letters);
		expect(input).toEqual(letters);
	});

	it('same seed → identical order', () => {
		expect(shuffle(letters, mulberry32(123))).toEqual(shuffle(letters, mulberry32(123)));
	});

	it('spreads items over every position (not a fixed permutation)', () => {
		const firsts = new Set<string>();
		for (let seed = 0; seed < 200; seed += 1) firsts.add(shuffle(letters, mulberry32(seed))[0] as string);
		expect(firsts.size).toBe(letters.length);
	});
});

describe('shuffleAway (order questions)', () => {
	it('never returns the original order, over many seeds and sizes', () => {
		for (const size of [2, 3, 4, 5, 8]) {
			const items = letters.concat(['g', 'h']).slice(0, size);
			for (let seed = 0; seed < 2000; seed += 1) {
				const out = shuffleAway(items, mulberry32(seed));
				expect(out, `size ${size} seed ${seed}`).not.toEqual(items);
				expect([...out].sort()).toEqual([...items].sort());
			}
		}
	});

	it('leaves a single item alone', () => {
		expect(shuffleAway(['a'], mulberry32(1))).toEqual(['a']);
	});
});

describe('arrange', () => {
	const quiz = validQuiz();
	const q = (id: string) => questionById(quiz, id);

	it('is identical for the same attempt seed (a reload shows the same order)', () => {
		for (const question of quiz.questions) expect(arrange(question, 99)).toEqual(arrange(question, 99));
	});

	it('shuffles options per attempt', () => {
		const orders = new Set<string>();
		for (let seed = 0; seed < 50; seed += 1) orders.add(arrange(q('pick-some'), seed).join());
		expect(orders.size).toBeGreaterThan(5);
		expect([...arrange(q('pick-some'), 5)].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('never starts an order question in the right order', () => {
		for (let seed = 0; seed < 500; seed += 1) {
			expect(arrange(q('in-order'), seed)).not.toEqual(['one', 'two', 'three', 'four']);
		}
	});

	it('does not shuffle true/false or a transcript', () => {
		expect(arrange(q('true-or-not'), 3)).toEqual([]);
		expect(arrange(q('transcript'), 3)).toEqual([]);
	});

	it('gives each question its own stream', () => {
		expect(questionSeed(5, 'a')).not.toBe(questionSeed(5, 'b'));
		expect(questionSeed(5, 'a')).not.toBe(questionSeed(6, 'a'));
		expect(questionSeed(5, 'a')).toBe(questionSeed(5, 'a'));
	});
});

describe('newSeed', () => {
	it('is an unsigned 32-bit integer', () => {
		for (let i = 0; i < 20; i += 1) {
			const seed = newSeed();
			expect(Number.isInteger(seed)).toBe(true);
			expect(seed).toBeGreaterThanOrEqual(0);
			expect(seed).toBeLessThan(2 ** 32);
		}
	});
});
