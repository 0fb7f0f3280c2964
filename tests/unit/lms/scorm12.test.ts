import { Scorm12API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import type { LmsReport } from '../../../src/lib/lms/report.ts';
import { cmiTimespan, findScormApi, scorm12Transport, type Scorm12Api } from '../../../src/lib/lms/scorm12.ts';

/** scorm-again as an LMS in memory: no commit URL (its default), no timer, no console noise. */
function lms(): Scorm12API {
	return new Scorm12API({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
}

const passedReport: LmsReport = {
	completed: true,
	progress: 1,
	score: 0.85,
	passed: true,
	interactions: [
		{ id: 'hold.q1', type: 'choice', correct: true },
		{ id: 'hold.q2', type: 'true-false', correct: false },
		{ id: 'hold.q3', type: 'choice', correct: true },
	],
	objectives: [
		{ id: 'angry-caller.empathy', share: 0.9 },
		{ id: 'angry-caller.resolution', share: 0.654 },
	],
	paths: { 'angry-caller': ['greet', 'listen!'] },
};

/** The interaction journal as the LMS holds it (SCORM 1.2 interactions cannot be read through the API). */
function journal(api: Scorm12API): { id: string; type: string; result: string }[] {
	const cmi = JSON.parse(JSON.stringify(api.cmi)) as { interactions: Record<string, { id: string; type: string; result: string }> };
	return Object.values(cmi.interactions).map(({ id, type, result }) => ({ id, type, result }));
}

/** `cmi.core` as the LMS holds it (`exit` and `session_time` are write-only through the API). */
function core(api: Scorm12API): Record<string, string> {
	return (JSON.parse(JSON.stringify(api.cmi)) as { core: Record<string, string> }).core;
}

/** Counts LMSSetValue calls, to check that an unchanged report writes nothing. */
function counting(api: Scorm12Api): { api: Scorm12Api; sets: string[] } {
	const sets: string[] = [];
	return {
		sets,
		api: {
			...api,
			LMSInitialize: (p) => api.LMSInitialize(p),
			LMSFinish: (p) => api.LMSFinish(p),
			LMSGetValue: (e) => api.LMSGetValue(e),
			LMSSetValue: (e, v) => {
				sets.push(e);
				return api.LMSSetValue(e, v);
			},
			LMSCommit: (p) => api.LMSCommit(p),
			LMSGetLastError: () => api.LMSGetLastError(),
			LMSGetErrorString: (c) => api.LMSGetErrorString(c),
			LMSGetDiagnostic: (c) => api.LMSGetDiagnostic(c),
		},
	};
}

describe('scorm12Transport', () => {
	it('marks a first launch incomplete and has no resume data', async () => {
		const api = lms();
		const transport = scorm12Transport(api);
		expect(transport.format).toBe('scorm12');
		expect(await transport.start()).toEqual({ resume: '' });
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
	});

	it('writes status, score, interactions, objectives and suspend data, once', async () => {
		const api = lms();
		const { api: watched, sets } = counting(api);
		const transport = scorm12Transport(watched);
		await transport.start();
		await transport.report(passedReport, '{"quizzes":{}}');

		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
		expect(api.LMSGetValue('cmi.core.score.raw')).toBe('85');
		expect(api.LMSGetValue('cmi.core.score.min')).toBe('0');
		expect(api.LMSGetValue('cmi.core.score.max')).toBe('100');
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('3');
		expect(journal(api)).toEqual([
			{ id: 'hold.q1', type: 'choice', result: 'correct' },
			{ id: 'hold.q2', type: 'true-false', result: 'wrong' },
			{ id: 'hold.q3', type: 'choice', result: 'correct' },
		]);
		expect(api.LMSGetValue('cmi.objectives._count')).toBe('2');
		expect(api.LMSGetValue('cmi.objectives.0.id')).toBe('angry-caller.empathy');
		expect(api.LMSGetValue('cmi.objectives.0.score.raw')).toBe('90');
		expect(api.LMSGetValue('cmi.objectives.1.id')).toBe('angry-caller.resolution');
		expect(api.LMSGetValue('cmi.objectives.1.score.raw')).toBe('65');
		expect(api.LMSGetValue('cmi.objectives.1.status')).toBe('completed');
		expect(api.LMSGetValue('cmi.suspend_data')).toBe('{"quizzes":{}}');

		// The same report again: nothing to write, no duplicate journal entries.
		sets.length = 0;
		await transport.report(passedReport, '{"quizzes":{}}');
		expect(sets).toEqual([]);
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('3');
		expect(api.LMSGetValue('cmi.objectives._count')).toBe('2');

		// A changed outcome is a new journal entry; a changed objective keeps its index.
		await transport.report(
			{
				...passedReport,
				interactions: passedReport.interactions.map((interaction) => ({ ...interaction, correct: true })),
				objectives: [{ id: 'angry-caller.resolution', share: 0.8 }, ...passedReport.objectives.slice(0, 1)],
			},
			'{"quizzes":{}}',
		);
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('4');
		expect(journal(api)[3]).toEqual({ id: 'hold.q2', type: 'true-false', result: 'correct' });
		expect(api.LMSGetValue('cmi.objectives._count')).toBe('2');
		expect(api.LMSGetValue('cmi.objectives.1.score.raw')).toBe('80');
	});

	it('reports incomplete, completed and failed as the report says', async () => {
		const api = lms();
		const transport = scorm12Transport(api);
		await transport.start();
		const base: LmsReport = { completed: false, progress: 0.5, interactions: [], objectives: [], paths: {} };
		await transport.report(base, '');
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
		expect(api.LMSGetValue('cmi.core.score.raw')).toBe('');
		await transport.report({ ...base, completed: true, progress: 1 }, '');
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
		await transport.report({ ...base, completed: true, progress: 1, score: 0.5, passed: false }, '');
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('failed');
		expect(api.LMSGetValue('cmi.core.score.raw')).toBe('50');
	});

	it('accepts 4,096 characters of resume data', async () => {
		const api = lms();
		const transport = scorm12Transport(api);
		await transport.start();
		const resume = 'x'.repeat(4096);
		await transport.report({ ...passedReport, interactions: [], objectives: [] }, resume);
		expect(api.LMSGetValue('cmi.suspend_data')).toBe(resume);
	});

	it('throws one error naming every refused value, after committing the rest', async () => {
		const api = lms();
		const transport = scorm12Transport(api);
		await transport.start();
		const report: LmsReport = { ...passedReport, interactions: [{ id: 'hold.q1', type: 'essay', correct: true }], objectives: [] };
		await expect(transport.report(report, 'kept')).rejects.toThrow('cmi.interactions.0.type: SCORM error 405: Incorrect Data Type');
		expect(api.LMSGetValue('cmi.suspend_data')).toBe('kept');
		expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
		// The entry exists once it has an id: the next report does not journal it again.
		await transport.report(report, 'kept');
		expect(api.LMSGetValue('cmi.interactions._count')).toBe('1');
	});

	it('names the SCORM error when LMSInitialize fails', async () => {
		const api = lms();
		api.LMSInitialize('');
		await expect(scorm12Transport(api).start()).rejects.toThrow(/LMSInitialize failed: SCORM error 101: General Exception/);
	});

	it('suspends an unfinished session with its session time, once', async () => {
		const api = lms();
		let clock = 1_000_000;
		const { api: watched, sets } = counting(api);
		const transport = scorm12Transport(watched, () => clock);
		await transport.start();
		await transport.report({ completed: false, progress: 0.5, interactions: [], objectives: [], paths: {} }, 'half');
		clock += 3_723_450; // 1 h 2 min 3.45 s
		const exits = () => sets.filter((element) => element === 'cmi.core.exit').length;
		await transport.finish();
		expect(core(api).exit).toBe('suspend');
		expect(core(api).session_time).toBe('01:02:03.45');
		expect(api.isTerminated()).toBe(true);
		await transport.finish();
		expect(exits()).toBe(1);
		// A report after finish sends nothing to the closed API.
		await transport.report(passedReport, 'late');
		expect(api.cmi.suspend_data).toBe('half');
	});

	it('leaves exit empty once the package is completed', async () => {
		const api = lms();
		const transport = scorm12Transport(api);
		await transport.start();
		await transport.report(passedReport, '');
		await transport.finish();
		expect(core(api).exit).toBe('');
	});

	it('returns the suspend data and reuses the objective indexes when resumed', async () => {
		const first = lms();
		const before = scorm12Transport(first);
		await before.start();
		await before.report({ ...passedReport, completed: false, passed: undefined, score: undefined }, 'resume me');
		await before.finish();

		// The LMS's next launch: the same data, entry `resume`.
		const saved = JSON.parse(JSON.stringify(first.cmi)) as { core: Record<string, unknown> } & Record<string, unknown>;
		const second = lms();
		second.loadFromJSON({ ...saved, core: { ...saved.core, entry: 'resume' } }, '');
		const after = scorm12Transport(second);
		expect(await after.start()).toEqual({ resume: 'resume me' });
		expect(second.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');

		await after.report({ ...passedReport, objectives: [{ id: 'angry-caller.resolution', share: 1 }] }, 'resume me');
		expect(second.LMSGetValue('cmi.objectives._count')).toBe('2');
		expect(second.LMSGetValue('cmi.objectives.1.score.raw')).toBe('100');
	});
});

describe('cmiTimespan', () => {
	it('writes HH:MM:SS.SS with at least two hour digits', () => {
		expect(cmiTimespan(0)).toBe('00:00:00.00');
		expect(cmiTimespan(59_994)).toBe('00:00:59.99');
		expect(cmiTimespan(123 * 3600_000 + 5_000)).toBe('123:00:05.00');
		expect(cmiTimespan(20_000 * 3600_000)).toBe('9999:59:59.99');
	});
});

describe('findScormApi', () => {
	type FakeWindow = { API?: unknown; parent?: FakeWindow; opener?: FakeWindow | null };
	const asWindow = (win: FakeWindow) => win as unknown as Window;
	const api = lms();

	/** A top window (its own parent), as browsers make it. */
	function top(props: Omit<FakeWindow, 'parent'> = {}): FakeWindow {
		const win: FakeWindow = { ...props };
		win.parent = win;
		return win;
	}

	it('finds the API two parents up', () => {
		const lmsWindow = top({ API: api });
		const frame = { parent: { parent: lmsWindow } };
		expect(findScormApi(asWindow(frame))).toBe(api);
	});

	it('finds the API through the opener and its parents', () => {
		const opener = { parent: top({ API: api }) };
		const popup = top({ opener });
		expect(findScormApi(asWindow(popup))).toBe(api);
	});

	it('skips windows of another origin', () => {
		const foreign = { parent: top({ API: api }) } as FakeWindow;
		Object.defineProperty(foreign, 'API', {
			get() {
				throw new DOMException('Blocked a frame', 'SecurityError');
			},
		});
		expect(findScormApi(asWindow({ parent: foreign }))).toBe(api);
	});

	it('climbs at most seven parents', () => {
		let win: FakeWindow = top({ API: api });
		for (let depth = 0; depth < 7; depth += 1) win = { parent: win };
		expect(findScormApi(asWindow(win))).toBe(api);
		expect(findScormApi(asWindow({ parent: win }))).toBeUndefined();
	});

	it('returns undefined when there is none, or when API is not a SCORM API', () => {
		expect(findScormApi(asWindow(top({ opener: null })))).toBeUndefined();
		expect(findScormApi(asWindow({ parent: top({ API: { version: 1 } }) }))).toBeUndefined();
	});
});
