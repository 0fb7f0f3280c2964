import type { Picked } from '../../lib/i18n/localized.ts';
import type { Scenario } from '../../lib/roleplay/schema.ts';

/** A scenario with every `{ en, fr, it }` reduced to the page's language, without its print-only role cards: what the island receives. */
export type CallScenario = Picked<Omit<Scenario, 'cards'>>;
