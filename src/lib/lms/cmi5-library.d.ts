/**
 * Types for the parts of Rustici's cmi5 runtime (`@rusticisoftware/cmi5`, an untyped UMD build)
 * that `cmi5.ts` uses, read from its `dist/cmi5.js` (3.2.0). Only what is used is declared, so a
 * library upgrade that changes something else cannot hide behind a stale declaration.
 */
declare module '@rusticisoftware/cmi5' {
	/** An xAPI score as the library validates it (`scaled` 0–1; `raw` needs `min` and `max`). */
	export interface Cmi5Score {
		/** Scaled score, 0–1. */
		scaled?: number;
		/** Raw score, an integer between `min` and `max`. */
		raw?: number;
		/** Lowest raw score, an integer. */
		min?: number;
		/** Highest raw score, an integer. */
		max?: number;
	}

	/** An xAPI statement as the library builds it; the parts `cmi5.ts` reads or extends are typed. */
	export interface Cmi5Statement {
		/** A UUID the library assigns, also the `statementId` of the PUT. */
		id: string;
		/** The verb, its id one of ADL's (`http://adlnet.gov/expapi/verbs/passed`…). */
		verb: { id: string; display?: Record<string, string> };
		/** The result: score, success, completion, duration, extensions (progress among them). */
		result?: {
			score?: Cmi5Score;
			success?: boolean;
			completion?: boolean;
			duration?: string;
			extensions?: Record<string, unknown>;
		};
		/** The context, from the LMS's context template plus the registration. */
		context: {
			registration?: string;
			extensions?: Record<string, unknown>;
			contextActivities?: Record<string, unknown[]>;
		};
		/** Actor, object, timestamp: passed through untouched. */
		[property: string]: unknown;
	}

	/** One AU session, built from the launch URL (throws when a launch parameter is missing or the actor is invalid). */
	export default class Cmi5 {
		constructor(launchUrl: string);
		/** POSTs the fetch URL for the auth token, reads LMS.LaunchData and learner preferences, sends `initialized`. */
		start(): Promise<void>;
		/** `Normal`, `Browse` or `Review`, from LMS.LaunchData. */
		getLaunchMode(): string;
		/** The LMS's mastery score, 0–1, or null when it sets none. */
		getMasteryScore(): number | null;
		/** The LRS endpoint, without its trailing slash. */
		getEndpoint(): string;
		/** The `Authorization` header value (`Basic <token>`), set by `start`. */
		getAuth(): string;
		/** The learner, as the parsed `actor` launch parameter. */
		getActor(): object;
		/** The AU's activity id. */
		getActivityId(): string;
		/** The registration. */
		getRegistration(): string;
		/** Progress (an integer 0–100, or null for none) that the library adds to statements it prepares after. */
		setProgress(progress: number | null): void;
		/** A `passed` statement (success true, duration, mastery score; throws when `scaled` is under the LMS's mastery score). */
		passedStatement(score?: Cmi5Score): Cmi5Statement;
		/** A `failed` statement (success false, duration, mastery score; throws when `scaled` reaches the LMS's mastery score). */
		failedStatement(score?: Cmi5Score): Cmi5Statement;
		/** A `completed` statement (completion true, duration). */
		completedStatement(): Cmi5Statement;
		/** A `terminated` statement (session duration). */
		terminatedStatement(): Cmi5Statement;
	}
}
