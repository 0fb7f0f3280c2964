import { spawn } from 'node:child_process';
import { constants, getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lowerChildPriority, parseStat } from '../../../src/integrations/child-priority.ts';

describe('parseStat', () => {
	it('reads the pid, the name and the parent, whatever the name holds', () => {
		expect(parseStat('4102 (node) S 4090 4102 1 0 -1 4194560 …')).toEqual({ pid: 4102, name: 'node', parentPid: 4090 });
		expect(parseStat('77 (a) b (c)) R 12 77 1')).toEqual({ pid: 77, name: 'a) b (c)', parentPid: 12 });
	});

	it('refuses a line that is not a stat line', () => {
		expect(parseStat('')).toBeUndefined();
		expect(parseStat('not a stat')).toBeUndefined();
		expect(parseStat('x (node) S y')).toBeUndefined();
	});
});

// Linux gives each thread its own priority and lists processes in /proc, as on the build machines.
describe('lowerChildPriority', () => {
	it("lowers every thread of this process's children with the name, and no other process", async () => {
		const child = spawn('sleep', ['30']);
		const other = spawn('cat');
		const started = (spawned: typeof child) => new Promise((resolve) => spawned.once('spawn', resolve));
		try {
			await Promise.all([started(child), started(other)]);
			expect(lowerChildPriority('slee')).toBeGreaterThanOrEqual(1);
			expect(getPriority(child.pid)).toBe(constants.priority.PRIORITY_LOW);
			expect(getPriority(other.pid)).toBe(getPriority());
			expect(lowerChildPriority('no-such-program')).toBe(0);
		} finally {
			child.kill();
			other.kill();
		}
	});
});
