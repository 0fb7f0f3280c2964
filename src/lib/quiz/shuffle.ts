/**
 * Seeded shuffling, so an attempt shows its options in one order and a reload shows the same.
 * Each question draws from its own stream (attempt seed + question id), so answering, retrying
 * or skipping one question never reshuffles another.
 */

/** mulberry32: a tiny, fast 32-bit PRNG; returns numbers in [0, 1). Plenty for shuffling options. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a hash of a string, 32-bit unsigned. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** The seed of one question's shuffle within an attempt. */
export function questionSeed(attemptSeed: number, questionId: string): number {
	return (hash(questionId) ^ Math.imul(attemptSeed >>> 0, 0x9e3779b1)) >>> 0;
}

/** A new attempt seed: an unsigned 32-bit integer from the platform's random source. */
export function newSeed(): number {
	const cryptoApi = globalThis.crypto;
	if (cryptoApi?.getRandomValues) return cryptoApi.getRandomValues(new Uint32Array(1))[0] ?? 0;
	return Math.floor(Math.random() * 2 ** 32) >>> 0;
}

/** A shuffled copy of `items` (Fisher–Yates), driven by `random`. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i -= 1) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}

/**
 * A shuffled copy that is never in the original order (when there are at least 2 items): if the
 * shuffle lands on the original order, the result is rotated by one. Used for `order` questions,
 * which must not start already solved.
 */
export function shuffleAway<T>(items: readonly T[], random: () => number): T[] {
	const shuffled = shuffle(items, random);
	if (items.length < 2 || shuffled.some((item, index) => item !== items[index])) return shuffled;
	return [...shuffled.slice(1), shuffled[0] as T];
}

/** The parts of a question whose display order the shuffle decides. */
export type ArrangeableQuestion =
	| { id: string; type: 'single' | 'multiple' | 'best'; options: readonly { id: string }[] }
	| { id: string; type: 'order'; items: readonly { id: string }[] }
	| { id: string; type: 'match'; pairs: readonly { id: string }[] }
	| { id: string; type: 'truefalse' | 'spot' };

/**
 * The display order of a question's ids in one attempt: options (`single`, `multiple`, `best`),
 * the starting order of `order` items (never the right order), or the right-hand choices of a
 * `match`. `truefalse` has nothing to shuffle and a `spot` transcript keeps its order: `[]`.
 */
export function arrange(question: ArrangeableQuestion, attemptSeed: number): string[] {
	const random = mulberry32(questionSeed(attemptSeed, question.id));
	const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);
	switch (question.type) {
		case 'single':
		case 'multiple':
		case 'best':
			return shuffle(ids(question.options), random);
		case 'order':
			return shuffleAway(ids(question.items), random);
		case 'match':
			return shuffle(ids(question.pairs), random);
		case 'truefalse':
		case 'spot':
			return [];
	}
}
