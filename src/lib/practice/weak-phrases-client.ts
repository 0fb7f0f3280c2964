/**
 * The phrase lint's list as a page fetches it (`/<lang>/weak-phrases.json`), once per page and
 * checked like any fetched data. Without it (offline, say) the lint finds nothing and says so: the
 * comparison and the debrief still show.
 */
import { fail, object, text, type Check } from '../progress/check.ts';
import type { WeakPhrase } from './phrase-lint.ts';

/** More than the site will ever list; a longer file is not ours. */
const MAX_PHRASES = 500;

const phrase = object<WeakPhrase>({
	id: text(80, /^[a-z0-9-]+$/),
	variants: (value, path) =>
		Array.isArray(value) && value.length > 0 && value.length <= 20
			? value.map((variant, i) => text(80)(variant, `${path}.${i}`))
			: fail(path, 'a list of 1 to 20 ways of writing it'),
	why: text(240),
	instead: text(300),
});

/** Checks a fetched phrase list, naming the first field that is not what the site writes. */
export const weakPhraseList: Check<WeakPhrase[]> = (value, path) =>
	Array.isArray(value) && value.length <= MAX_PHRASES
		? value.map((item, i) => phrase(item, `${path}.${i}`))
		: fail(path, `a list of at most ${MAX_PHRASES} weak phrases`);

const loaded = new Map<string, Promise<WeakPhrase[]>>();

/** The list at `url`, fetched once per page; an empty list when it cannot be fetched or read. */
export function loadWeakPhrases(url: string, fetchJson: (url: string) => Promise<unknown> = defaultFetch): Promise<WeakPhrase[]> {
	let list = loaded.get(url);
	if (!list) {
		// A missing or damaged file is as good as none: the lint then finds nothing.
		list = fetchJson(url)
			.then((value) => weakPhraseList(value, url))
			.catch(() => []);
		loaded.set(url, list);
	}
	return list;
}

async function defaultFetch(url: string): Promise<unknown> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return response.json();
}
