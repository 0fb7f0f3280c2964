import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The cmi5 library's UMD wrapper reads the global `self`, which Node lacks: define it before the import.
vi.hoisted(() => {
	const global = globalThis as { self?: unknown };
	global.self ??= globalThis;
});

import { cmi5Iris, cmi5LaunchFrom, cmi5Transport } from '../../../src/lib/lms/cmi5.ts';
import type { LmsReport } from '../../../src/lib/lms/report.ts';

const ENDPOINT = 'https://lrs.example/xapi/';
const FETCH = 'https://lms.example/cmi5/fetch?token=one-time';
const AUTH_TOKEN = 'dGVzdDp0ZXN0';
const REGISTRATION = '8e6a1c1e-4d4b-4a5e-9f0b-0c1d2e3f4a5b';
const ACTIVITY = 'https://both-ends.example/xapi/activities/both-ends.en.module.agents.hold-done-right';
const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner-42' }, name: 'Ada' };
const SITE = 'https://both-ends.example/';
const SESSION_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
const GROUPING = { id: 'https://lms.example/courses/telephone' };
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;
const iris = cmi5Iris(SITE);

function launchUrl(params: Partial<Record<'endpoint' | 'fetch' | 'actor' | 'registration' | 'activityId', string>> = {}): string {
	const query = new URLSearchParams({
		endpoint: ENDPOINT,
		fetch: FETCH,
		actor: JSON.stringify(ACTOR),
		registration: REGISTRATION,
		activityId: ACTIVITY,
		...params,
	});
	return `https://lms.example/content/both-ends/index.html?${query}`;
}

interface Statement {
	id: string;
	verb: { id: string };
	result?: {
		score?: { scaled?: number };
		success?: boolean;
		completion?: boolean;
		duration?: string;
		extensions?: Record<string, unknown>;
	};
	context: { registration: string; extensions: Record<string, unknown>; contextActivities: Record<string, unknown[]> };
}

/** One request as the fake LRS saw it, recorded when `fetch` was called. */
interface Seen {
	method: string;
	url: URL;
	keepalive: boolean;
	body?: string;
}

/** An LMS and its LRS, as far as an AU sees them: one registration, sessions launched one after another. */
class FakeLms {
	launchMode = 'Normal';
	masteryScore: number | undefined = 0.8;
	session = 'session-1';
	/** Statements stored, in the order received. */
	statements: Statement[] = [];
	requests: Seen[] = [];
	/** State documents by stateId. */
	states = new Map<string, string>();
	/** Answers the next statement PUTs with this status instead of 204. */
	failNext: number[] = [];

	fetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
		const url = new URL(String(input));
		const method = (init.method ?? 'GET').toUpperCase();
		const body = typeof init.body === 'string' ? init.body : undefined;
		this.requests.push({ method, url, keepalive: init.keepalive === true, ...(body === undefined ? {} : { body }) });
		return Promise.resolve(this.answer(method, url, new Headers(init.headers), body));
	};

	private answer(method: string, url: URL, headers: Headers, body: string | undefined): Response {
		const json = (value: unknown, status = 200) =>
			new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
		if (url.href === FETCH) return method === 'POST' ? json({ 'auth-token': AUTH_TOKEN }) : new Response(null, { status: 405 });

		if (!url.href.startsWith(ENDPOINT)) return new Response(null, { status: 404 });
		if (headers.get('Authorization') !== `Basic ${AUTH_TOKEN}` || headers.get('X-Experience-API-Version') !== '1.0.3') {
			return new Response(null, { status: 401 });
		}
		const path = url.pathname.slice(new URL(ENDPOINT).pathname.length);
		const params = url.searchParams;
		if (path === 'activities/state') {
			const ours =
				params.get('activityId') === ACTIVITY &&
				params.get('registration') === REGISTRATION &&
				JSON.stringify(JSON.parse(params.get('agent') ?? 'null')) === JSON.stringify(ACTOR);
			if (!ours) return new Response(null, { status: 404 });
			const stateId = params.get('stateId') ?? '';
			if (method === 'GET' && stateId === 'LMS.LaunchData') {
				return json({
					contextTemplate: {
						contextActivities: { grouping: [GROUPING] },
						extensions: { [SESSION_EXTENSION]: this.session },
					},
					launchMode: this.launchMode,
					moveOn: 'CompletedOrPassed',
					...(this.masteryScore === undefined ? {} : { masteryScore: this.masteryScore }),
				});
			}
			if (method === 'GET') {
				const doc = this.states.get(stateId);
				return doc === undefined
					? new Response(null, { status: 404 })
					: new Response(doc, { status: 200, headers: { 'Content-Type': 'application/json' } });
			}
			if (method === 'PUT' && body !== undefined) {
				this.states.set(stateId, body);
				return new Response(null, { status: 204 });
			}
		}
		if (path === 'agents/profile' && method === 'GET') return new Response(null, { status: 404 });
		if (path === 'statements' && method === 'PUT' && body !== undefined) {
			const status = this.failNext.shift();
			if (status !== undefined) return new Response(null, { status });
			const statement = JSON.parse(body) as Statement;
			if (statement.id !== params.get('statementId')) return new Response(null, { status: 400 });
			this.statements.push(statement);
			return new Response(null, { status: 204 });
		}
		if (path === 'statements' && method === 'POST' && body !== undefined) {
			const statements = JSON.parse(body) as Statement[];
			this.statements.push(...statements);
			return json(statements.map(({ id }) => id));
		}
		return new Response(null, { status: 400 });
	}

	verbs(): string[] {
		return this.statements.map(({ verb }) => verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
	}

	/** The statements of one verb. */
	of(name: string): Statement[] {
		return this.statements.filter(({ verb }) => verb.id === VERB(name));
	}

	statePuts(): Seen[] {
		return this.requests.filter(({ method, url }) => method === 'PUT' && url.pathname.endsWith('/activities/state'));
	}
}

const empty: LmsReport = { completed: false, progress: 0.5, interactions: [], objectives: [], paths: {} };
const failing: LmsReport = {
	completed: false,
	progress: 0.5,
	score: 0.6,
	passed: false,
	interactions: [{ id: 'hold.q1', type: 'choice', correct: false }],
	objectives: [{ id: 'angry-caller.empathy', share: 0.6 }],
	paths: { 'angry-caller': ['greet', 'interrupt!'] },
};
const passing: LmsReport = {
	completed: true,
	progress: 1,
	score: 0.85,
	passed: true,
	interactions: [{ id: 'hold.q1', type: 'choice', correct: true }],
	objectives: [{ id: 'angry-caller.empathy', share: 0.7 }],
	paths: { 'angry-caller': ['greet', 'listen'] },
};

let lms: FakeLms;
beforeEach(() => {
	lms = new FakeLms();
	vi.stubGlobal('fetch', lms.fetch);
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('cmi5LaunchFrom', () => {
	it('needs all five launch parameters, non-empty', () => {
		expect(cmi5LaunchFrom(launchUrl())).toBe(true);
		expect(cmi5LaunchFrom(launchUrl({ registration: '' }))).toBe(false);
		expect(cmi5LaunchFrom('https://lms.example/content/both-ends/index.html?endpoint=https://lrs.example/')).toBe(false);
		expect(cmi5LaunchFrom('not a url')).toBe(false);
	});
});

describe('cmi5Transport', () => {
	it('sends initialized, failed then passed, completed once, terminated once, and keeps the resume data', async () => {
		const transport = cmi5Transport(launchUrl(), { extensionBase: SITE });
		expect(transport.format).toBe('cmi5');
		expect(await transport.start()).toEqual({ resume: '' });
		expect(lms.verbs()).toEqual(['initialized']);

		await transport.report(empty, 'half way');
		expect(lms.verbs()).toEqual(['initialized']);
		expect(lms.statePuts()).toHaveLength(1);

		await transport.report(failing, 'failed once');
		await transport.report({ ...failing, score: 0.7 }, 'failed twice');
		await transport.report(passing, 'all done');
		await transport.report(passing, 'all done');
		expect(lms.verbs()).toEqual(['initialized', 'failed', 'passed', 'completed']);

		const finishing = transport.finish();
		// The terminated PUT leaves before finish yields: it must, from pagehide.
		const terminatedPut = lms.requests.at(-1);
		expect(terminatedPut?.url.pathname).toBe('/xapi/statements');
		expect(terminatedPut?.keepalive).toBe(true);
		await finishing;
		await transport.finish();
		await transport.report({ ...passing, progress: 1 }, 'too late');
		expect(lms.verbs()).toEqual(['initialized', 'failed', 'passed', 'completed', 'terminated']);

		for (const statement of lms.statements) {
			expect(statement.context.registration).toBe(REGISTRATION);
			expect(statement.context.extensions[SESSION_EXTENSION]).toBe('session-1');
			expect(statement.context.contextActivities.grouping).toEqual([GROUPING]);
		}

		const [failed] = lms.of('failed');
		expect(failed?.result).toMatchObject({ success: false, score: { scaled: 0.6 } });
		expect(failed?.result?.extensions).toMatchObject({
			[iris.interactions]: failing.interactions,
			[iris.objectives]: failing.objectives,
			[iris.paths]: failing.paths,
			[PROGRESS_EXTENSION]: 50,
		});
		const [passed] = lms.of('passed');
		expect(passed?.result).toMatchObject({ success: true, score: { scaled: 0.85 } });
		expect(passed?.result?.duration).toMatch(/^PT/);
		expect(passed?.result?.extensions).toMatchObject({
			[iris.interactions]: passing.interactions,
			[iris.objectives]: passing.objectives,
			[iris.paths]: passing.paths,
		});
		expect(lms.of('completed')[0]?.result).toMatchObject({ completion: true });
		expect(lms.of('terminated')[0]?.result?.duration).toMatch(/^PT/);

		// Every state write went with keepalive, and an unchanged report wrote nothing.
		expect(lms.statePuts().every(({ keepalive }) => keepalive)).toBe(true);
		expect(lms.statePuts().map(({ body }) => (JSON.parse(body ?? '{}') as { resume: string }).resume)).toEqual([
			'half way',
			'failed once',
			'failed twice',
			'all done',
			'all done', // Again, now recording that the LMS has passed and completed.
		]);

		// The next session of the registration: resume data back, nothing sent twice.
		lms.session = 'session-2';
		const next = cmi5Transport(launchUrl(), { extensionBase: SITE });
		expect(await next.start()).toEqual({ resume: 'all done' });
		await next.report(passing, 'all done');
		await next.report({ ...failing, completed: true }, 'all done');
		await next.finish();
		expect(lms.verbs()).toEqual(['initialized', 'failed', 'passed', 'completed', 'terminated', 'initialized', 'terminated']);
		expect(lms.statements.at(-1)?.context.extensions[SESSION_EXTENSION]).toBe('session-2');
	});

	it('sends failed again in a later session, but once in each', async () => {
		const first = cmi5Transport(launchUrl(), { extensionBase: SITE });
		await first.start();
		await first.report(failing, 'x');
		await first.finish();
		const second = cmi5Transport(launchUrl(), { extensionBase: SITE });
		await second.start();
		await second.report({ ...failing, score: 0.5 }, 'x');
		await second.report({ ...failing, score: 0.4 }, 'x');
		await second.finish();
		expect(lms.verbs()).toEqual(['initialized', 'failed', 'terminated', 'initialized', 'failed', 'terminated']);
	});

	it('sends no passed, failed or completed in Browse mode, and leaves the state alone', async () => {
		lms.launchMode = 'Browse';
		lms.states.set(iris.state, JSON.stringify({ resume: 'from before' }));
		const transport = cmi5Transport(launchUrl(), { extensionBase: SITE });
		expect(await transport.start()).toEqual({ resume: 'from before' });
		await transport.report(failing, 'browsing');
		await transport.report(passing, 'browsing');
		await transport.finish();
		expect(lms.verbs()).toEqual(['initialized', 'terminated']);
		expect(lms.statePuts()).toEqual([]);
	});

	it('judges pass or fail by the LMS mastery score when it sets one', async () => {
		lms.masteryScore = 0.9;
		const transport = cmi5Transport(launchUrl(), { extensionBase: SITE });
		await transport.start();
		await transport.report(passing, '');
		await transport.finish();
		expect(lms.verbs()).toEqual(['initialized', 'failed', 'completed', 'terminated']);
		expect(lms.of('failed')[0]?.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.9);
	});

	it('sends a refused statement again at the next report', async () => {
		const transport = cmi5Transport(launchUrl(), { extensionBase: SITE });
		await transport.start();
		lms.failNext.push(500);
		await expect(transport.report({ ...passing, completed: false }, 'x')).rejects.toThrow(/passed: LRS answered 500/);
		expect(lms.verbs()).toEqual(['initialized']);
		await transport.report({ ...passing, completed: false }, 'x');
		expect(lms.verbs()).toEqual(['initialized', 'passed']);
		expect(JSON.parse(lms.states.get(iris.state) ?? '{}')).toEqual({ resume: 'x', passed: true });
	});

	it('rejects a launch whose actor is not JSON, before contacting the LMS', async () => {
		const transport = cmi5Transport(launchUrl({ actor: '{"account": ' }), { extensionBase: SITE });
		await expect(transport.start()).rejects.toThrow(/cmi5 launch: the actor parameter is not JSON/);
		await expect(cmi5Transport(launchUrl({ endpoint: 'javascript:alert(1)' }), { extensionBase: SITE }).start()).rejects.toThrow(
			/endpoint parameter is not an http\(s\) URL/,
		);
		await transport.finish();
		expect(lms.requests).toEqual([]);
	});

	it('refuses to report before start', async () => {
		await expect(cmi5Transport(launchUrl(), { extensionBase: SITE }).report(empty, '')).rejects.toThrow(/before start/);
	});
});
