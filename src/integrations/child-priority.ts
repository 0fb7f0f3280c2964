import { readFileSync, readdirSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/** A process as `/proc/<pid>/stat` describes it: enough to tell a child by its name. */
export interface ProcessStat {
	pid: number;
	/** The executable's name as the kernel keeps it (at most 15 characters). */
	name: string;
	/** The process that started it. */
	parentPid: number;
}

/**
 * Reads one `/proc/<pid>/stat` line. The name sits in parentheses and may itself hold spaces or
 * parentheses, so the fields after it are counted from the last `)`.
 */
export function parseStat(line: string): ProcessStat | undefined {
	const open = line.indexOf('(');
	const close = line.lastIndexOf(')');
	if (open < 0 || close < open) return undefined;
	const pid = Number(line.slice(0, open).trim());
	const [, parent] = line
		.slice(close + 1)
		.trim()
		.split(/\s+/);
	const parentPid = Number(parent);
	if (!Number.isInteger(pid) || !Number.isInteger(parentPid)) return undefined;
	return { pid, name: line.slice(open + 1, close), parentPid };
}

/** The threads of `pid` (Linux gives each its own priority), or none where `/proc` cannot tell. */
function threadsOf(pid: number): number[] {
	try {
		return readdirSync(`/proc/${pid}/task`).map(Number).filter(Number.isInteger);
	} catch {
		return [];
	}
}

/**
 * Gives every thread of this process's children named `namePrefix…` the lowest CPU priority, so
 * they run on what time this process leaves them. Returns how many threads it lowered: 0 where
 * there is no `/proc` (not Linux) or no such child. A child that ends meanwhile is skipped.
 */
export function lowerChildPriority(namePrefix: string): number {
	let lowered = 0;
	let pids: string[];
	try {
		pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return 0;
	}
	for (const pid of pids) {
		let stat: ProcessStat | undefined;
		try {
			stat = parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
		} catch {
			continue;
		}
		if (stat?.parentPid !== process.pid || !stat.name.startsWith(namePrefix)) continue;
		for (const thread of threadsOf(stat.pid)) {
			try {
				setPriority(thread, constants.priority.PRIORITY_LOW);
				lowered += 1;
			} catch {
				// The thread ended, or the system refuses: it keeps its priority, which is only slower.
			}
		}
	}
	return lowered;
}
