import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Locale } from '../../../src/lib/i18n/locales';
import { lintPhrases, MAX_LINT_CHARS, type WeakPhrase } from '../../../src/lib/practice/phrase-lint';
import { WeakPhrasesSchema } from '../../../src/lib/practice/weak-phrases-schema';

const shipped = WeakPhrasesSchema.parse(parse(readFileSync('src/content/weak-phrases.yaml', 'utf8')));
const phrases = (locale: Locale): WeakPhrase[] => shipped.phrases.map((entry) => ({ id: entry.id, ...entry[locale] }));

describe('lintPhrases, with the shipped list', () => {
	it('flags “calm down” in English, « calmez-vous » in French and « si calmi » in Italian', () => {
		expect(lintPhrases('Please calm down, sir.', phrases('en')).map((note) => note.id)).toEqual(['calm-down']);
		expect(lintPhrases('Monsieur, calmez-vous.', phrases('fr')).map((note) => note.id)).toEqual(['calm-down']);
		expect(lintPhrases('Signora, si calmi.', phrases('it')).map((note) => note.id)).toEqual(['calm-down']);
	});

	it('reads what people type: any case, straight or curly apostrophes, a hyphen or not, a line break', () => {
		expect(lintPhrases("THAT'S OUR POLICY", phrases('en'))[0]?.id).toBe('policy');
		expect(lintPhrases('That’s our\npolicy', phrases('en'))[0]?.id).toBe('policy');
		expect(lintPhrases('calmez vous', phrases('fr'))[0]?.id).toBe('calm-down');
		expect(lintPhrases("non c'è niente da fare", phrases('it'))[0]?.id).toBe('cant-do-anything');
	});

	it('gives the words as written, where they are, with why and what instead, in text order', () => {
		const text = 'As I said, there’s nothing I can do.';
		const notes = lintPhrases(text, phrases('en'));
		expect(notes.map((note) => note.id)).toEqual(['as-i-said', 'cant-do-anything']);
		expect(notes[0]).toMatchObject({ found: 'As I said', start: 0 });
		expect(text.slice(notes[1]!.start, notes[1]!.start + notes[1]!.found.length)).toBe('there’s nothing I can do');
		expect(notes[1]!.why.length).toBeGreaterThan(10);
		expect(notes[1]!.instead.length).toBeGreaterThan(10);
	});

	it('matches whole words only, and flags nothing in a good reply', () => {
		expect(lintPhrases('I will recalm downstream systems', phrases('en'))).toEqual([]);
		expect(lintPhrases('I can hear this has been a long wait; let’s sort it out now.', phrases('en'))).toEqual([]);
		expect(lintPhrases('Je comprends, on règle ça maintenant.', phrases('fr'))).toEqual([]);
	});

	it('reads at most a reply’s length', () => {
		expect(lintPhrases(`${'x '.repeat(MAX_LINT_CHARS)}calm down`, phrases('en'))).toEqual([]);
	});

	it('has every concept in every language', () => {
		for (const entry of shipped.phrases)
			for (const locale of ['en', 'fr', 'it'] as const) expect(entry[locale].variants.length).toBeGreaterThan(0);
	});
});
