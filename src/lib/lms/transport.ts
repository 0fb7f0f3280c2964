/**
 * How a package's launcher talks to its LMS, whatever the format: the launcher computes a report
 * (`report.ts`) and resume data (`resume.ts`) and hands them to one of two transports, SCORM 1.2
 * (`scorm12.ts`) or cmi5 (`cmi5.ts`), so the launcher itself never knows which LMS it runs in.
 */
import type { LmsReport } from './report.ts';

/** One LMS session, from launch to exit, in one format. */
export interface LmsTransport {
	/** Which format, so the launcher can keep SCORM 1.2's resume data under its 4,096-character limit. */
	readonly format: 'scorm12' | 'cmi5';
	/** Opens the LMS session; resolves to the resume data saved by an earlier session ('' when none). */
	start(): Promise<{ resume: string }>;
	/**
	 * Sends where the learner is, and the resume data to keep (SCORM: ≤ 4096 chars, the caller keeps
	 * it under). Safe to call often: sends only what changed.
	 */
	report(report: LmsReport, resume: string): Promise<void>;
	/** Closes the session (page hide / exit). Idempotent. Must work during pagehide (cmi5: fetch with keepalive). */
	finish(): Promise<void>;
}
