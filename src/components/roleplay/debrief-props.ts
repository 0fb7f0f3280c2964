import type { RoleplayStrings } from '../../lib/i18n/catalogue/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { Allowance, Debrief } from '../../lib/roleplay/debrief.ts';
import type { CallState } from '../../lib/roleplay/types.ts';
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
	/** Replays the call up to turn `step` so the learner can choose differently there. */
	onRetry: (step: number) => void;
	/** Starts a new call from the beginning. */
	onRestart: () => void;
}
