import { describe, expect, it } from 'vitest';
import { localVoices, planReading, type SpokenLine, type VoiceLike } from '../../../src/lib/practice/read-aloud';

const voice = (name: string, lang: string, localService = true, isDefault = false) =>
	({ name, lang, localService, default: isDefault }) satisfies VoiceLike & { name: string };
const call: SpokenLine[] = [
	{ who: 'caller', text: 'I’ve called three times.' },
	{ who: 'agent', text: 'Then let’s make this the last.' },
	{ who: 'caller', text: 'Thank you.' },
];

describe('localVoices', () => {
	it('keeps the device’s own voices for the language, any region, the preferred one first', () => {
		const voices = [
			voice('Amélie', 'fr-CA'),
			voice('Google français', 'fr-FR', false),
			voice('Thomas', 'fr_FR', true, true),
			voice('Alice', 'it-IT'),
		];
		expect(localVoices(voices, 'fr').map((v) => v.name)).toEqual(['Thomas', 'Amélie']);
		expect(localVoices(voices, 'en')).toEqual([]);
	});
});

describe('planReading', () => {
	it('gives each speaker a voice of their own when the device has enough', () => {
		const plan = planReading(call, [voice('Daniel', 'en-GB'), voice('Samantha', 'en-US')], 'en')!;
		expect(plan.map((line) => [line.voice.name, line.pitch, line.text])).toEqual([
			['Daniel', 1, 'I’ve called three times.'],
			['Samantha', 1, 'Then let’s make this the last.'],
			['Daniel', 1, 'Thank you.'],
		]);
	});

	it('tells speakers apart by pitch when they must share one voice', () => {
		const plan = planReading(call, [voice('Alice', 'it-IT')], 'it')!;
		expect(plan.map((line) => line.voice.name)).toEqual(['Alice', 'Alice', 'Alice']);
		expect(plan[0]!.pitch).not.toBe(plan[1]!.pitch);
		expect(plan[0]!.pitch).toBe(plan[2]!.pitch);
	});

	it('reads nothing when the only voices for the language would send the words away', () => {
		expect(planReading(call, [voice('Google UK English', 'en-GB', false)], 'en')).toBeUndefined();
	});
});
