/**
 * The search results' words (`/<lang>/search-labels.json`, from `search-labels.ts`), fetched once
 * per page when search first runs. When they cannot be fetched, search cannot run either: the
 * caller shows the one message every search surface carries in its markup (`data-error`).
 */
import { siteFile } from '../../lib/site-root.ts';
let labels: Promise<Record<string, string>> | undefined;

export function loadSearchLabels(): Promise<Record<string, string>> {
	labels ??= fetch(siteFile(`${document.documentElement.lang}/search-labels.json`)).then(async (response) => {
		if (!response.ok) throw new Error(`${response.status} ${response.url}`);
		const value: unknown = await response.json();
		if (!value || typeof value !== 'object') throw new Error('search labels: not an object');
		return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	});
	labels.catch(() => {
		labels = undefined;
	});
	return labels;
}
