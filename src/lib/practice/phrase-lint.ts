/**
 * The phrase lint of `<SayItBetter>` and *say it first* (issue 14): finds known weak phrases
 * ("calm down", « calmez-vous », « si calmi ») in what a learner wrote, in their language, and says
 * why each is weak and what works instead. Pure: the phrase list is content
 * (`src/content/weak-phrases.yaml`), handed in by the caller.
 */

/** One weak phrase in one language. */
export interface WeakPhrase {
	/** Stable id, the same concept in every language (e.g. `calm-down`). */
	id: string;
	/** The ways it is written; spaces also match hyphens and line breaks, case and ’/' do not matter. */
	variants: readonly string[];
	/** Why it lands badly, in one sentence. */
	why: string;
	/** What to say instead, in one sentence. */
	instead: string;
}

/** A weak phrase found in the text. */
export interface PhraseNote {
	/** The phrase's id. */
	id: string;
	/** The words as the learner wrote them. */
	found: string;
	/** Where they start in the text (UTF-16 index), for highlighting. */
	start: number;
	why: string;
	instead: string;
}

/** Longest text the lint reads: a reply, not an essay; beyond it the rest is ignored. */
export const MAX_LINT_CHARS = 2000;

/** Same length as the input, so indexes still point into what the learner wrote. */
function normalise(text: string): string {
	return text.toLowerCase().replace(/[’‘`´]/g, "'");
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The variant as a pattern: whole words, any run of spaces or hyphens between them. */
function pattern(variant: string): RegExp {
	const words = normalise(variant)
		.trim()
		.split(/[\s-]+/)
		.map(escape);
	return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\u00a0\\u202f-]+')}(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * Every weak phrase of `phrases` in `text`, in the order they appear; each phrase once, at its
 * first place (one note is enough to learn from).
 */
export function lintPhrases(text: string, phrases: readonly WeakPhrase[]): PhraseNote[] {
	const source = text.slice(0, MAX_LINT_CHARS);
	const haystack = normalise(source);
	const notes: PhraseNote[] = [];
	for (const phrase of phrases) {
		let first: { start: number; length: number } | undefined;
		for (const variant of phrase.variants) {
			for (const match of haystack.matchAll(pattern(variant))) {
				if (!first || match.index < first.start) first = { start: match.index, length: match[0].length };
				break;
			}
		}
		if (first) {
			notes.push({
				id: phrase.id,
				found: source.slice(first.start, first.start + first.length),
				start: first.start,
				why: phrase.why,
				instead: phrase.instead,
			});
		}
	}
	return notes.sort((a, b) => a.start - b.start);
}
