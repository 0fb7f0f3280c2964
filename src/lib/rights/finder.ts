import { rightsCountries, rightsTopics, type RightsCountry, type RightsTopic } from './ids.ts';

/** One answer's place: a country and a question. */
export interface RightsChoice {
	country: RightsCountry;
	topic: RightsTopic;
}

/** The id of an answer's element and the URL fragment that opens it: `italy-complain`. */
export function answerId({ country, topic }: RightsChoice): string {
	return `${country}-${topic}`;
}

/** Longest fragment worth reading: the longest country and topic ids, a hyphen, and a `#`. */
const MAX_FRAGMENT = 2 + Math.max(...rightsCountries.map((c) => c.length)) + Math.max(...rightsTopics.map((t) => t.length));

/**
 * Reads a finder link's fragment (`#italy-complain`), which anyone can write: only a known
 * country followed by a known question is a choice; anything else (too long, unknown, empty) is
 * `undefined`, and the finder says so.
 */
export function parseRightsFragment(fragment: string): RightsChoice | undefined {
	if (fragment.length > MAX_FRAGMENT) return undefined;
	const id = fragment.replace(/^#/, '').trim().toLowerCase();
	for (const country of rightsCountries) {
		if (!id.startsWith(`${country}-`)) continue;
		const topic = rightsTopics.find((candidate) => candidate === id.slice(country.length + 1));
		if (topic) return { country, topic };
	}
	return undefined;
}

/** Entries in the finder's country order; throws, naming the file, when a country has none. */
export function inCountryOrder<T extends { data: { id: RightsCountry } }>(entries: readonly T[]): T[] {
	return rightsCountries.map((country) => {
		const entry = entries.find((candidate) => candidate.data.id === country);
		if (!entry) throw new Error(`[both-ends:rights] src/content/rights/${country}.yaml is missing: the finder offers ${country}`);
		return entry;
	});
}
