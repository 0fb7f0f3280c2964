import type { RoleplayStrings } from '../../lib/i18n/catalogue/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { AssignmentVerdict } from '../../lib/assignment/item-verdict.ts';
import type { Allowance, Debrief } from '../../lib/roleplay/debrief.ts';
import type { RecordedAs } from '../../lib/roleplay/result.ts';
import type { CallState } from '../../lib/roleplay/types.ts';
import type { WeakPhrase } from '../../lib/practice/phrase-lint.ts';
import type { CallScenario } from './call-scenario.ts';

/** What the call screen hands the debrief (loaded once a call ends). */
export interface DebriefProps {
	scenario: CallScenario;
	result: Debrief;
	/** The finished call. */
	call: CallState;
	allowance: Allowance;
	modules: Record<string, { href: string; title: string }>;
	mirror?: { href: string; title: string };
	/** Where the map of the call's layout is published, if there is a map. */
	mapUrl?: string;
	strings: RoleplayStrings;
	locale: Locale;
	/** Whether and where the result was kept. */
	savedMessage: string;
	/** How the call was recorded: as the assessment, or as practice and why. */
	recorded?: RecordedAs;
	/** The verdict for the assignment the page was opened from, if any. */
	verdict?: AssignmentVerdict;
	/** *Say it first*: the learner's own words by step, when the call was played that way. */
	own?: readonly (string | null)[];
	/** The phrase lint's list for the page's language (undefined until fetched). */
	phrases?: readonly WeakPhrase[];
	/** Replays the call up to turn `step` so the learner can choose differently there. */
	onRetry: (step: number) => void;
	/** Starts a new call from the beginning. */
	onRestart: () => void;
}
