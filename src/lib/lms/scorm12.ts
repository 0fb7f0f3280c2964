/**
 * The SCORM 1.2 transport: the launcher finds the LMS's `API` object in a window above it and
 * writes the report into the SCORM 1.2 run-time data model (`cmi.core.*`, interactions,
 * objectives, `cmi.suspend_data`).
 */
import type { LmsReport } from './report.ts';
import type { LmsTransport } from './transport.ts';

/** The SCORM 1.2 run-time API an LMS puts on a window (`window.API`); every value is a string. */
export interface Scorm12Api {
	/** Opens the session; `'true'` or `'false'`. */
	LMSInitialize(parameter: ''): string;
	/** Closes the session; `'true'` or `'false'`. */
	LMSFinish(parameter: ''): string;
	/** A data model value ('' on error: check `LMSGetLastError`). */
	LMSGetValue(element: string): string;
	/** Writes a data model value; `'true'` or `'false'`. */
	LMSSetValue(element: string, value: string): string;
	/** Asks the LMS to persist what was written; `'true'` or `'false'`. */
	LMSCommit(parameter: ''): string;
	/** The last call's error code, `'0'` when none. */
	LMSGetLastError(): string;
	/** A short text for an error code. */
	LMSGetErrorString(code: string): string;
	/** LMS-specific detail about an error code. */
	LMSGetDiagnostic(code: string): string;
}

/** What `findScormApi` reads on a window: the API, and the links to the windows it may live in. */
interface ScormWindow {
	API?: unknown;
	parent?: ScormWindow | null;
	opener?: ScormWindow | null;
}

/** How many parents ADL's search climbs: LMS frame sets are shallow, and a loop must end. */
const MAX_PARENTS = 7;

/** Whether a value looks like a SCORM 1.2 API (an unrelated global `API` must not be mistaken for it). */
function isScorm12Api(value: unknown): value is Scorm12Api {
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof (value as Partial<Record<keyof Scorm12Api, unknown>>).LMSInitialize === 'function' &&
		typeof (value as Partial<Record<keyof Scorm12Api, unknown>>).LMSSetValue === 'function'
	);
}

/** `win.API`, or undefined when absent or when the window belongs to another origin (the read throws). */
function apiOn(win: ScormWindow): Scorm12Api | undefined {
	try {
		return isScorm12Api(win.API) ? win.API : undefined;
	} catch {
		return undefined;
	}
}

/** A window's `parent` or `opener`, or undefined when reading it throws (a browser's security check). */
function link(win: ScormWindow, name: 'parent' | 'opener'): ScormWindow | undefined {
	try {
		return win[name] ?? undefined;
	} catch {
		return undefined;
	}
}

/** ADL's `findAPI`: the window itself, then up the parent chain, at most `MAX_PARENTS` steps. */
function searchChain(start: ScormWindow): Scorm12Api | undefined {
	let win = start;
	for (let climbed = 0; ; climbed += 1) {
		const api = apiOn(win);
		if (api) return api;
		const parent = link(win, 'parent');
		// The top window is its own parent.
		if (!parent || parent === win || climbed >= MAX_PARENTS) return undefined;
		win = parent;
	}
}

/**
 * The LMS's SCORM 1.2 API, by ADL's search: the window and its parents (an LMS usually launches the
 * package in a frame), then the opener and its parents (an LMS that opens it in a pop-up). Windows
 * of another origin are skipped, not fatal: an LMS may wrap the package in a foreign frame.
 */
export function findScormApi(win: Window): Scorm12Api | undefined {
	const origin = win as unknown as ScormWindow;
	const found = searchChain(origin);
	if (found) return found;
	const opener = link(origin, 'opener');
	return opener ? searchChain(opener) : undefined;
}

/**
 * Session time as SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` with at least two hour digits; capped
 * at 9999 hours, the format's largest value.
 */
export function cmiTimespan(milliseconds: number): string {
	const centiseconds = Math.min(Math.max(Math.round(milliseconds / 10), 0), 9999 * 360000 + 359999);
	const hours = Math.floor(centiseconds / 360000);
	const minutes = Math.floor((centiseconds % 360000) / 6000);
	const seconds = (centiseconds % 6000) / 100;
	return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** A report's `cmi.core.lesson_status`: the report is the truth of the counted attempt, so it is set as is. */
function lessonStatus(report: LmsReport): string {
	if (report.passed !== undefined) return report.passed ? 'passed' : 'failed';
	return report.completed ? 'completed' : 'incomplete';
}

/** A share or score, 0–1, as a SCORM 1.2 raw score on a 0–100 scale (CMIDecimal). */
const percent = (share: number) => String(Math.round(Math.min(Math.max(share, 0), 1) * 100));

/**
 * A transport over a SCORM 1.2 API. `now` is the clock for the session time (a parameter so tests
 * can control it).
 */
export function scorm12Transport(api: Scorm12Api, now: () => number = () => Date.now()): LmsTransport {
	/** The value last written to each element in this session, so an unchanged value is not sent again. */
	const written = new Map<string, string>();
	/** Each interaction's result as last journaled in this session: SCORM 1.2 interactions are write-only. */
	const journaled = new Map<string, string>();
	/** Each objective's index, stable for the session (and across sessions: read back on start). */
	const objectiveIndex = new Map<string, number>();
	/** The next journal index this session knows of, for an LMS whose `_count` lags behind what was written. */
	let nextInteraction = 0;
	let startedAt: number | undefined;
	let completed = false;
	let finishing: Promise<void> | undefined;

	/** The last error, as the LMS names it. */
	const lastError = () => {
		const code = api.LMSGetLastError();
		return `SCORM error ${code}: ${api.LMSGetErrorString(code)}`;
	};

	/** Writes one element, recording a failure in `errors` instead of stopping, so one bad value does not lose the rest. */
	function set(element: string, value: string, errors: string[], force = false): boolean {
		if (!force && written.get(element) === value) return true;
		if (String(api.LMSSetValue(element, value)) === 'false') {
			errors.push(`${element}: ${lastError()}`);
			return false;
		}
		written.set(element, value);
		return true;
	}

	/** `_count` as a number; an LMS that fails to answer is treated as holding none. */
	function count(element: string): number {
		const value = Number.parseInt(api.LMSGetValue(`${element}._count`), 10);
		return Number.isFinite(value) && value >= 0 ? value : 0;
	}

	/** Commits, then throws every error collected: a failed value must not stop the others reaching the LMS. */
	function commit(errors: string[]): void {
		if (String(api.LMSCommit('')) === 'false') errors.push(`LMSCommit: ${lastError()}`);
		if (errors.length > 0) throw new Error(`SCORM 1.2 LMS refused ${errors.length} call(s): ${errors.join('; ')}`);
	}

	return {
		format: 'scorm12',

		async start() {
			if (startedAt !== undefined) throw new Error('SCORM 1.2 session already started');
			if (String(api.LMSInitialize('')) === 'false') throw new Error(`SCORM 1.2 LMSInitialize failed: ${lastError()}`);
			startedAt = now();

			// A first launch: the learner has now attempted the package.
			const status = api.LMSGetValue('cmi.core.lesson_status');
			if (status === '' || status === 'not attempted') {
				const errors: string[] = [];
				set('cmi.core.lesson_status', 'incomplete', errors);
				if (errors.length > 0) throw new Error(`SCORM 1.2 LMS refused the lesson status: ${errors.join('; ')}`);
			} else {
				written.set('cmi.core.lesson_status', status);
			}

			// Objectives are readable: reuse the earlier sessions' indexes rather than adding duplicates.
			const objectives = count('cmi.objectives');
			for (let index = 0; index < objectives; index += 1) {
				const id = api.LMSGetValue(`cmi.objectives.${index}.id`);
				if (id !== '' && !objectiveIndex.has(id)) objectiveIndex.set(id, index);
			}

			// `entry` is `resume` after a suspended session; some LMSs leave it empty but keep the data,
			// and the data is what matters.
			const entry = api.LMSGetValue('cmi.core.entry');
			const suspend = api.LMSGetValue('cmi.suspend_data');
			const resume = entry === 'resume' || suspend !== '' ? suspend : '';
			written.set('cmi.suspend_data', resume);
			return { resume };
		},

		async report(report, resume) {
			if (startedAt === undefined) throw new Error('SCORM 1.2 report before start');
			// After LMSFinish the API refuses every call; the last report already went out.
			if (finishing) return;
			completed = report.completed;
			const errors: string[] = [];

			set('cmi.core.lesson_status', lessonStatus(report), errors);
			if (report.score !== undefined) {
				set('cmi.core.score.raw', percent(report.score), errors);
				set('cmi.core.score.min', '0', errors);
				set('cmi.core.score.max', '100', errors);
			}

			// Interactions are a journal: each new outcome is a new entry at the end.
			for (const interaction of report.interactions) {
				const result = interaction.correct ? 'correct' : 'wrong';
				if (journaled.get(interaction.id) === result) continue;
				const index = Math.max(count('cmi.interactions'), nextInteraction);
				const prefix = `cmi.interactions.${index}`;
				// Forced: a journal entry is new, whatever was written at the same index before.
				if (!set(`${prefix}.id`, interaction.id, errors, true)) continue;
				// The entry exists once it has an id: writing it again would add a duplicate, so it
				// counts as journaled even if the LMS refuses its type or result (reported below).
				nextInteraction = index + 1;
				journaled.set(interaction.id, result);
				set(`${prefix}.type`, interaction.type, errors, true);
				set(`${prefix}.result`, result, errors, true);
			}

			for (const objective of report.objectives) {
				let index = objectiveIndex.get(objective.id);
				if (index === undefined) {
					index = count('cmi.objectives');
					if (!set(`cmi.objectives.${index}.id`, objective.id, errors)) continue;
					objectiveIndex.set(objective.id, index);
				}
				const prefix = `cmi.objectives.${index}`;
				set(`${prefix}.score.raw`, percent(objective.share), errors);
				set(`${prefix}.score.min`, '0', errors);
				set(`${prefix}.score.max`, '100', errors);
				set(`${prefix}.status`, 'completed', errors);
			}

			set('cmi.suspend_data', resume, errors);
			commit(errors);
		},

		finish() {
			// Runs its calls before returning (the API is synchronous), so it completes inside pagehide.
			finishing ??= (async () => {
				if (startedAt === undefined) return;
				const errors: string[] = [];
				// `suspend` keeps the suspend data for the next launch; a completed package starts afresh.
				set('cmi.core.exit', completed ? '' : 'suspend', errors, true);
				set('cmi.core.session_time', cmiTimespan(now() - startedAt), errors, true);
				if (String(api.LMSCommit('')) === 'false') errors.push(`LMSCommit: ${lastError()}`);
				if (String(api.LMSFinish('')) === 'false') errors.push(`LMSFinish: ${lastError()}`);
				if (errors.length > 0) throw new Error(`SCORM 1.2 LMS refused to finish: ${errors.join('; ')}`);
			})();
			return finishing;
		},
	};
}
