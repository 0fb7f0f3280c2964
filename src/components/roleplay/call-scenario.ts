import type { Picked } from '../../lib/i18n/localized.ts';
import type { Scenario } from '../../lib/roleplay/schema.ts';

/** A scenario with every `{ en, fr, it }` reduced to the page's language: what the island receives. */
export type CallScenario = Picked<Scenario>;
