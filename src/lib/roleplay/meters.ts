import type { Meter } from './schema.ts';

/** The five bands a 0–100 meter is read out in; each meter has its own words for them (they agree with its noun). */
export const meterBands = ['veryLow', 'low', 'middling', 'high', 'veryHigh'] as const;
export type MeterBand = (typeof meterBands)[number];

/** The band of a 0–100 meter value: five equal bands, 100 in the top one. */
export function meterBand(value: number): MeterBand {
	const index = Math.floor((Math.max(0, Math.min(100, value)) / 100) * meterBands.length);
	return meterBands[Math.min(meterBands.length - 1, index)] as MeterBand;
}

/**
 * The meters the call screen shows: the scenario's `shown` list, else by side — an agent watches
 * the caller's mood and their own stress; a caller watches the agent's patience with them.
 */
export function shownMeters(scenario: { side: 'agent' | 'caller'; shown?: readonly Meter[] }): readonly Meter[] {
	return scenario.shown ?? (scenario.side === 'agent' ? ['mood', 'stress'] : ['patience']);
}

/** The value a meter is best at (for `<meter optimum>`): stress is best low, the others high. */
export function meterOptimum(meter: Meter): number {
	return meter === 'stress' ? 0 : 100;
}
