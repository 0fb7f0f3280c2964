import type { RoleplayStrings } from '../../lib/i18n/catalogue/index.ts';
import type { Picked } from '../../lib/i18n/localized.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { Allowance } from '../../lib/roleplay/debrief.ts';
import type { Scenario } from '../../lib/roleplay/schema.ts';

/** A scenario with every `{ en, fr, it }` reduced to the page's language, without its print-only role cards: what the island receives. */
export type CallScenario = Picked<Omit<Scenario, 'cards'>>;

/** What a role-play page hands its island (and the island hands the call screen). */
export interface RolePlayProps {
	/** The scenario in the page's language only. */
	scenario: CallScenario;
	/** What the scenario allows per persona (bounds, best share), computed at build time. */
	allowances: Record<string, Allowance>;
	/** Module links by `<track>/<slug>`, in the page's language. */
	modules: Record<string, { href: string; title: string }>;
	/** The same story from the other end, if there is one. */
	mirror?: { href: string; title: string };
	/** Where the map of the call's layout is published (JSON). */
	mapUrl?: string;
	strings: RoleplayStrings;
	/** The page's language: for numbers and dates, and for speech. */
	locale: Locale;
}
