/**
 * What a package tells its LMS, whatever the format: computed from the progress record
 * (`report-from-record.ts`) and sent by the SCORM 1.2 or cmi5 transport (`scorm12.ts`, `cmi5.ts`).
 */

/** One quiz question's outcome (a SCORM interaction; a cmi5 result extension). */
export interface ReportInteraction {
	/** `<quiz id>.<question id>`. */
	id: string;
	/** SCORM 1.2 interaction type (see `PackageQuestion.type`). */
	type: string;
	/** Whether the learner got full credit on their counted attempt. */
	correct: boolean;
}

/** One role-play scoring dimension's outcome (a SCORM objective; a cmi5 result extension). */
export interface ReportObjective {
	/** `<scenario id>.<dimension>`. */
	id: string;
	/** Share of the best reachable score, 0–1. */
	share: number;
}

/** Where the learner is in the package. */
export interface LmsReport {
	/** Every item is done (module read or its quiz finished; quiz finished; role-play call finished). */
	completed: boolean;
	/** Items done, 0–1. */
	progress: number;
	/** Mean score of the scored items done (quizzes and role-plays), 0–1; undefined before any. */
	score?: number;
	/** Pass/fail against the mastery score, once every scored item is done; undefined before. */
	passed?: boolean;
	/** Quiz questions answered, in package order. */
	interactions: ReportInteraction[];
	/** Role-play dimensions, in package order. */
	objectives: ReportObjective[];
	/** The replies chosen in each role-play finished, by scenario id (`node.choice`, a costly one marked `!`). */
	paths: Record<string, string[]>;
}
