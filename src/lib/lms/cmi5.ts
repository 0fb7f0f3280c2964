/**
 * The cmi5 transport: Rustici's cmi5 runtime (`@rusticisoftware/cmi5`) opens the session and
 * builds the statements; this module decides which statements the report calls for, as the cmi5
 * specification allows them, and sends them, the resume data (xAPI State API) and `terminated`
 * itself, with `fetch(…, { keepalive: true })` so that they survive the page closing.
 *
 * cmi5's rules (§9.3): `passed` and `completed` at most once per registration, `failed` at most
 * once per session and never after `passed`; none of the three outside the `Normal` launch mode.
 * Because a registration spans sessions, which of `passed` and `completed` the LMS has accepted is
 * kept in the same State API document as the resume data.
 *
 * Note: the library's UMD wrapper reads the global `self` when imported, so this module loads in
 * a browser (or a test that defines `self`), not in plain Node.
 */
import Cmi5, { type Cmi5Score, type Cmi5Statement } from '@rusticisoftware/cmi5';
import type { LmsReport } from './report.ts';
import type { LmsTransport } from './transport.ts';

/** The xAPI version the library speaks, sent with every request of ours too. */
const XAPI_VERSION = '1.0.3';

/** The launch parameters an LMS adds to the AU's URL (cmi5 §8.1). */
const LAUNCH_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/**
 * The largest body sent with `keepalive`: browsers refuse keepalive requests once their bodies in
 * flight exceed 64 KiB, so anything larger goes without (and may be lost if the page closes).
 */
const KEEPALIVE_LIMIT = 60_000;

/** The launch modes the LMS gives in LMS.LaunchData; only `Normal` may record a result. */
const NORMAL = 'Normal';

/** The IRIs this package uses in xAPI, under the site's URL: it owns that namespace. */
export interface Cmi5Iris {
	/** The State API document holding the resume data and which results the LMS has. */
	state: string;
	/** Result extension: the quiz questions answered (`ReportInteraction[]`). */
	interactions: string;
	/** Result extension: the role-play dimensions (`ReportObjective[]`). */
	objectives: string;
	/** Result extension: the replies chosen in each role-play (`LmsReport['paths']`). */
	paths: string;
}

/** The package's IRIs under `extensionBase` (the site's URL; a trailing slash is ignored). */
export function cmi5Iris(extensionBase: string): Cmi5Iris {
	const base = extensionBase.replace(/\/+$/, '');
	return {
		state: `${base}/xapi/state/progress`,
		interactions: `${base}/xapi/extensions/interactions`,
		objectives: `${base}/xapi/extensions/objectives`,
		paths: `${base}/xapi/extensions/roleplay-paths`,
	};
}

/** Whether a URL carries the five cmi5 launch parameters, each non-empty: the launcher's test for "launched by a cmi5 LMS". */
export function cmi5LaunchFrom(url: string): boolean {
	let params: URLSearchParams;
	try {
		params = new URL(url).searchParams;
	} catch {
		return false;
	}
	return LAUNCH_PARAMETERS.every((name) => (params.get(name) ?? '') !== '');
}

/** An error's message, for the lists of failures a call reports. */
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Checks the launch URL before the library sees it, so an LMS's mistake reads as one: the library
 * reports a missing parameter but not an actor that is not JSON, nor an endpoint that is not a URL.
 */
function checkLaunch(launchUrl: string): void {
	let params: URLSearchParams;
	try {
		params = new URL(launchUrl).searchParams;
	} catch {
		throw new Error('cmi5 launch: the launch URL is not a URL');
	}
	for (const name of LAUNCH_PARAMETERS) {
		if ((params.get(name) ?? '') === '') throw new Error(`cmi5 launch: the ${name} parameter is missing or empty`);
	}
	for (const name of ['endpoint', 'fetch'] as const) {
		let protocol = '';
		try {
			protocol = new URL(params.get(name) ?? '').protocol;
		} catch {
			// Reported below.
		}
		if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`cmi5 launch: the ${name} parameter is not an http(s) URL`);
	}
	let actor: unknown;
	try {
		actor = JSON.parse(params.get('actor') ?? '');
	} catch (error) {
		throw new Error(`cmi5 launch: the actor parameter is not JSON (${message(error)})`, { cause: error });
	}
	if (typeof actor !== 'object' || actor === null || Array.isArray(actor))
		throw new Error('cmi5 launch: the actor parameter is not a JSON object');
}

/** What the State API document holds. */
interface SavedState {
	/** The resume data. */
	resume: string;
	/** Whether the LMS accepted `passed` in this registration (never sent twice, no `failed` after it). */
	passed: boolean;
	/** Whether the LMS accepted `completed` in this registration (never sent twice, no more progress). */
	completed: boolean;
}

/** The State API document's text; the same state always gives the same text, so "changed" is a string comparison. */
function stateDocument({ resume, passed, completed }: SavedState): string {
	return JSON.stringify({ resume, ...(passed ? { passed: true } : {}), ...(completed ? { completed: true } : {}) });
}

/** Reads a State API document, accepting only the shape `stateDocument` writes (anything else: a fresh start). */
function parseState(text: string): SavedState {
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch {
		return { resume: '', passed: false, completed: false };
	}
	const value = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : {};
	return {
		resume: typeof value.resume === 'string' ? value.resume : '',
		passed: value.passed === true,
		completed: value.completed === true,
	};
}

/** A score as xAPI's `scaled`, rounded so it prints as a plain decimal (the library's check rejects `1e-7`). */
const scaled = (score: number) => Math.round(Math.min(Math.max(score, 0), 1) * 10000) / 10000;

/** Options of `cmi5Transport`. */
export interface Cmi5TransportOptions {
	/** The site's URL, base of the package's xAPI IRIs (`cmi5Iris`). */
	extensionBase: string;
}

/** A transport over cmi5, for the AU launched at `launchUrl` (the launcher's own URL, with the LMS's launch parameters). */
export function cmi5Transport(launchUrl: string, options: Cmi5TransportOptions): LmsTransport {
	const iris = cmi5Iris(options.extensionBase);
	let cmi: Cmi5 | undefined;
	let starting: Promise<{ resume: string }> | undefined;
	/** Set once `initialized` is sent: from then on the session must end with `terminated`. */
	let initialized = false;
	let normal = false;
	let mastery: number | null = null;
	let finishing: Promise<void> | undefined;

	/** The verbs sent or being sent, so that concurrent reports do not send one twice. */
	const sent = new Set<'passed' | 'failed' | 'completed'>();
	/** The latest state: resume data from the last report, results the LMS has accepted. */
	const state: SavedState = { resume: '', passed: false, completed: false };
	/** The document the LRS holds (as read on start or last written). */
	let saved: string | undefined;
	/** The write in progress, if any: writes go one at a time so an older one cannot land last. */
	let saving: Promise<void> | undefined;
	/** Statements in flight: `terminated` must not overtake them (an LMS rejects statements after it). */
	const inFlight = new Set<Promise<void>>();

	/** One request to the LRS with the session's credentials; kept alive past the page when small enough. */
	async function request(method: 'GET' | 'PUT', url: string, body?: string): Promise<Response> {
		if (!cmi) throw new Error('cmi5 session not started');
		const headers: Record<string, string> = { Authorization: cmi.getAuth(), 'X-Experience-API-Version': XAPI_VERSION };
		if (body === undefined) return fetch(url, { method, headers });
		headers['Content-Type'] = 'application/json';
		const keepalive = new TextEncoder().encode(body).length <= KEEPALIVE_LIMIT;
		return fetch(url, { method, headers, body, keepalive });
	}

	/** The State API URL of the package's document for this learner and registration. */
	function stateUrl(): string {
		if (!cmi) throw new Error('cmi5 session not started');
		const query = new URLSearchParams({
			stateId: iris.state,
			activityId: cmi.getActivityId(),
			agent: JSON.stringify(cmi.getActor()),
			registration: cmi.getRegistration(),
		});
		return `${cmi.getEndpoint()}/activities/state?${query}`;
	}

	/**
	 * Writes the latest state until the LRS holds it. The first PUT is made before this returns, so
	 * a call from pagehide reaches the network; a state that changes meanwhile is written next.
	 */
	function save(): Promise<void> {
		if (saving) return saving;
		let done = false;
		const run = (async () => {
			try {
				for (let doc = stateDocument(state); doc !== saved; doc = stateDocument(state)) {
					const response = await request('PUT', stateUrl(), doc);
					if (!response.ok) throw new Error(`cmi5 State API PUT answered ${response.status}`);
					saved = doc;
				}
			} finally {
				done = true;
				saving = undefined;
			}
		})();
		// A run with nothing to write ends before it is returned: it must not stay "in progress".
		if (!done) saving = run;
		return run;
	}

	/** PUTs one statement (the library's `sendStatement`, plus keepalive) and tracks it until answered. */
	function sendStatement(statement: Cmi5Statement): Promise<void> {
		if (!cmi) throw new Error('cmi5 session not started');
		const url = `${cmi.getEndpoint()}/statements?${new URLSearchParams({ statementId: statement.id })}`;
		const sending = request('PUT', url, JSON.stringify(statement)).then((response) => {
			if (!response.ok) throw new Error(`LRS answered ${response.status} to ${statement.verb.id}`);
		});
		inFlight.add(sending);
		const done = () => inFlight.delete(sending);
		sending.then(done, done);
		return sending;
	}

	return {
		format: 'cmi5',

		start() {
			if (starting) return Promise.reject(new Error('cmi5 session already started'));
			starting = (async () => {
				checkLaunch(launchUrl);
				cmi = new Cmi5(launchUrl);
				await cmi.start();
				initialized = true;
				normal = cmi.getLaunchMode() === NORMAL;
				const mark = cmi.getMasteryScore();
				mastery = typeof mark === 'number' && Number.isFinite(mark) ? mark : null;

				const response = await request('GET', stateUrl());
				if (response.status === 404) return { resume: '' };
				if (!response.ok) throw new Error(`cmi5 State API GET answered ${response.status}`);
				const text = await response.text();
				Object.assign(state, parseState(text));
				saved = stateDocument(state);
				if (state.passed) sent.add('passed');
				if (state.completed) sent.add('completed');
				return { resume: state.resume };
			})();
			return starting;
		},

		async report(report: LmsReport, resume: string) {
			if (!cmi || !initialized) throw new Error('cmi5 report before start');
			// After `terminated` the LMS rejects every statement of the session.
			if (finishing) return;
			const session = cmi;
			const errors: string[] = [];

			// The library adds progress to each statement it builds after; cmi5 wants none once completed.
			session.setProgress(state.completed ? null : Math.round(Math.min(Math.max(report.progress, 0), 1) * 100));

			const sends: Promise<void>[] = [];
			const send = (verb: 'passed' | 'failed' | 'completed', build: () => Cmi5Statement) => {
				let statement: Cmi5Statement;
				try {
					statement = build();
				} catch (error) {
					errors.push(`${verb}: ${message(error)}`);
					return;
				}
				sent.add(verb);
				sends.push(
					sendStatement(statement).then(
						() => {
							if (verb !== 'failed') state[verb] = true;
						},
						(error: unknown) => {
							// Not sent: the next report tries again.
							sent.delete(verb);
							errors.push(`${verb}: ${message(error)}`);
						},
					),
				);
			};

			// Browse and Review must not record a result (cmi5 §10, launchMode); nor does their state
			// change, or a browsing session could turn into credit in the next Normal one.
			if (normal) {
				if (report.passed !== undefined && !sent.has('passed')) {
					const score: Cmi5Score | undefined = report.score === undefined ? undefined : { scaled: scaled(report.score) };
					// The LMS's mastery score, when it sets one, overrides the package's (cmi5 §10, masteryScore).
					const success = score?.scaled !== undefined && mastery !== null ? score.scaled >= mastery : report.passed;
					const withResults = (statement: Cmi5Statement): Cmi5Statement => ({
						...statement,
						result: {
							...statement.result,
							extensions: {
								...statement.result?.extensions,
								[iris.interactions]: report.interactions,
								[iris.objectives]: report.objectives,
								[iris.paths]: report.paths,
							},
						},
					});
					if (success) send('passed', () => withResults(session.passedStatement(score)));
					else if (!sent.has('failed')) send('failed', () => withResults(session.failedStatement(score)));
				}
				if (report.completed && !sent.has('completed')) send('completed', () => session.completedStatement());

				state.resume = resume;
				const written = save().catch((error: unknown) => errors.push(message(error)));
				await Promise.all(sends);
				await written;
				// Record the results the LMS accepted, so a later session does not send them again.
				if (stateDocument(state) !== saved) await save().catch((error: unknown) => errors.push(message(error)));
			}
			if (errors.length > 0) throw new Error(`cmi5 report failed: ${errors.join('; ')}`);
		},

		finish() {
			finishing ??= (async () => {
				if (!initialized) {
					// A start still under way may yet send `initialized`; one that failed before it needs no end.
					if (!starting) return;
					await starting.catch(() => undefined);
					if (!initialized) return;
				}
				const session = cmi;
				if (!session) return;
				// Everything below runs before the first await when nothing is in flight, so it reaches
				// the network even from pagehide.
				const errors: string[] = [];
				const written = normal ? save().catch((error: unknown) => errors.push(message(error))) : undefined;
				if (inFlight.size > 0) await Promise.allSettled([...inFlight]);
				await sendStatement(session.terminatedStatement()).catch((error: unknown) => errors.push(`terminated: ${message(error)}`));
				await written;
				if (errors.length > 0) throw new Error(`cmi5 finish failed: ${errors.join('; ')}`);
			})();
			return finishing;
		},
	};
}
