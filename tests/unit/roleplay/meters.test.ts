import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../src/lib/i18n/catalogue/index.ts';
import { fill } from '../../../src/lib/i18n/format.ts';
import { locales } from '../../../src/lib/i18n/locales.ts';
import { meterBand, meterBands, meterOptimum, shownMeters } from '../../../src/lib/roleplay/meters.ts';
import { meters } from '../../../src/lib/roleplay/schema.ts';

describe('meterBand', () => {
	it('cuts 0–100 into five equal bands, 100 in the top one', () => {
		expect([0, 19, 20, 39, 40, 59, 60, 79, 80, 100].map(meterBand)).toEqual([
			'veryLow',
			'veryLow',
			'low',
			'low',
			'middling',
			'middling',
			'high',
			'high',
			'veryHigh',
			'veryHigh',
		]);
	});

	it('never falls outside the bands, whatever the value', () => {
		for (const value of [-10, 0.5, 99.9, 150]) expect(meterBands).toContain(meterBand(value));
	});
});

describe('the meters on screen', () => {
	it('an agent watches the caller’s mood and their own stress; a caller, the agent’s patience', () => {
		expect(shownMeters({ side: 'agent' })).toEqual(['mood', 'stress']);
		expect(shownMeters({ side: 'caller' })).toEqual(['patience']);
	});

	it('a scenario can choose the meters its learner sees', () => {
		expect(shownMeters({ side: 'caller', shown: ['mood', 'patience'] })).toEqual(['mood', 'patience']);
	});

	it('stress is best low, the others high', () => {
		expect(meterOptimum('stress')).toBe(0);
		expect(meterOptimum('mood')).toBe(100);
		expect(meterOptimum('patience')).toBe(100);
	});

	it.each(locales)('%s: every meter has its own word for every band', (locale) => {
		const strings = catalogues[locale].roleplay;
		for (const meter of meters) {
			for (const band of meterBands) {
				const reading = fill(strings.meterReading, {
					meter: strings.meters[meter].name,
					level: strings.meters[meter].levels[band],
					value: 50,
				});
				expect(reading).toContain(strings.meters[meter].levels[band]);
				expect(reading).not.toMatch(/\{\w+\}/);
			}
		}
	});

	it('French words agree with the meter: « Humeur … : basse », « Votre stress : bas »', () => {
		const { meters: fr } = catalogues.fr.roleplay;
		// Humeur and patience are feminine, stress masculine: the middle word says which.
		expect(fr.mood.levels.middling).toBe('moyenne');
		expect(fr.patience.levels.middling).toBe('moyenne');
		expect(fr.stress.levels.middling).toBe('moyen');
	});
});
