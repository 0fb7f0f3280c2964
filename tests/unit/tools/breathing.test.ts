import { describe, expect, it } from 'vitest';
import { cycleLength, patterns, phaseAt, resetView, SESSION_MS, type PatternId } from '../../../src/lib/tools/breathing.ts';

/** The phase kinds met, in order, sampling every 50 ms through a whole session (repeats collapsed). */
function schedule(id: PatternId): string[] {
	const kinds: string[] = [];
	for (let t = 0; t < SESSION_MS; t += 50) {
		const state = phaseAt(patterns[id], t);
		if (state.done) throw new Error(`done early at ${t}`);
		const label = `${state.cycle}:${state.index}:${state.phase.kind}`;
		if (kinds.at(-1) !== label) kinds.push(label);
	}
	return kinds.map((label) => label.split(':')[2]!);
}

describe('breathing patterns', () => {
	it('cyclic sighing is a long breath in, a short top-up, then a breath out longer than both', () => {
		const [first, topUp, out] = patterns.sighing.cycle;
		expect([first?.kind, topUp?.kind, out?.kind]).toEqual(['in', 'top-up', 'out']);
		expect(topUp!.ms).toBeLessThan(first!.ms);
		expect(out!.ms).toBeGreaterThan(first!.ms + topUp!.ms);
	});

	it('box breathing is 4-4-4-4', () => {
		expect(patterns.box.cycle.map((p) => [p.kind, p.ms])).toEqual([
			['in', 4000],
			['hold', 4000],
			['out', 4000],
			['hold', 4000],
		]);
	});

	it('fills the lungs on the way in and empties them on the way out', () => {
		for (const pattern of Object.values(patterns)) {
			let fill = 0;
			for (const phase of pattern.cycle) {
				if (phase.kind === 'in' || phase.kind === 'top-up') expect(phase.fill).toBeGreaterThan(fill);
				if (phase.kind === 'out') expect(phase.fill).toBeLessThan(fill);
				if (phase.kind === 'hold') expect(phase.fill).toBe(fill);
				fill = phase.fill;
			}
		}
	});
});

describe('phaseAt', () => {
	it('starts breathing in, with the full minute left', () => {
		for (const pattern of Object.values(patterns)) {
			expect(phaseAt(pattern, 0)).toMatchObject({ done: false, cycle: 0, index: 0, phase: { kind: 'in' }, secondsLeft: 60 });
		}
	});

	it('follows the cycle of cyclic sighing: six whole sighs in a minute', () => {
		expect(cycleLength(patterns.sighing)).toBe(10_000);
		expect(phaseAt(patterns.sighing, 2999)).toMatchObject({ phase: { kind: 'in' }, phaseLeftMs: 1 });
		expect(phaseAt(patterns.sighing, 3000)).toMatchObject({ phase: { kind: 'top-up' }, index: 1 });
		expect(phaseAt(patterns.sighing, 4000)).toMatchObject({ phase: { kind: 'out' }, index: 2, phaseLeftMs: 6000 });
		expect(phaseAt(patterns.sighing, 10_000)).toMatchObject({ phase: { kind: 'in' }, cycle: 1, index: 0 });
		expect(schedule('sighing')).toEqual(Array.from({ length: 6 }, () => ['in', 'top-up', 'out']).flat());
	});

	it('ends box breathing after the fourth breath out', () => {
		const kinds = schedule('box');
		expect(kinds).toHaveLength(15);
		expect(kinds.at(-1)).toBe('out');
		expect(phaseAt(patterns.box, 59_999)).toMatchObject({ phase: { kind: 'out' }, cycle: 3, secondsLeft: 1, phaseLeftMs: 1 });
	});

	it('counts whole seconds down, rounding up', () => {
		expect(phaseAt(patterns.box, 1).secondsLeft).toBe(60);
		expect(phaseAt(patterns.box, 1000).secondsLeft).toBe(59);
		expect(phaseAt(patterns.box, 59_001).secondsLeft).toBe(1);
	});

	it('is done at and after the end of the session', () => {
		expect(phaseAt(patterns.sighing, SESSION_MS)).toEqual({ done: true, secondsLeft: 0 });
		expect(phaseAt(patterns.box, 10 * SESSION_MS)).toEqual({ done: true, secondsLeft: 0 });
	});

	it('treats negative or nonsense time as the start', () => {
		expect(phaseAt(patterns.box, -500)).toMatchObject({ cycle: 0, index: 0, secondsLeft: 60 });
		expect(phaseAt(patterns.box, Number.NaN)).toMatchObject({ cycle: 0, index: 0, secondsLeft: 60 });
	});

	it('honours a shorter session', () => {
		expect(phaseAt(patterns.sighing, 5000, 5000).done).toBe(true);
		expect(phaseAt(patterns.sighing, 4500, 5000)).toMatchObject({ phase: { kind: 'out' }, phaseLeftMs: 500, secondsLeft: 1 });
	});
});

describe('resetView', () => {
	const sighing = patterns.sighing;

	it('before a session: ready, a full minute, a Start button, the circle at rest', () => {
		expect(resetView(false, 'none', phaseAt(sighing, 0))).toEqual({
			say: 'ready',
			button: 'start',
			secondsLeft: 60,
			circle: { fill: 0, ms: 600 },
		});
	});

	it('while breathing: says the phase, counts down, offers Stop, moves the circle over the phase', () => {
		const view = resetView(true, 'none', phaseAt(sighing, 3500));
		expect(view).toEqual({ say: 'top-up', button: 'stop', secondsLeft: 57, circle: { fill: 1, ms: 1000 } });
	});

	it('after a session: says how it ended and offers to start again', () => {
		expect(resetView(false, 'stopped', phaseAt(sighing, 0))).toMatchObject({ say: 'stopped', button: 'startAgain', secondsLeft: 60 });
		expect(resetView(false, 'done', phaseAt(sighing, SESSION_MS))).toMatchObject({ say: 'done', button: 'startAgain' });
	});
});
