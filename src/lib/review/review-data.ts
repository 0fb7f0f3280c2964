/**
 * What the review page fetches to show cards, in one language (`/[lang]/review/data.json`): the
 * title and address of everything a card can come from, and every module check. Quiz questions
 * come from the quiz's own file (`/[lang]/quiz/<id>.json`), role-play turns from
 * `/[lang]/review/turns/<id>.json`: fetched only for the cards due.
 */
import { getCollection } from 'astro:content';
import { getCatalogue } from '../assignment/catalogue.ts';
import { toModuleRef } from '../content/module-index.ts';
import type { Locale } from '../i18n/locales.ts';
import { readChecks, type CheckSource } from '../practice/check-source.ts';

export interface ReviewData {
	/** Title and address by item key (`m:<track>/<slug>`, `q:<quiz>`, `r:<scenario>`). */
	sources: Record<string, { title: string; href: string }>;
	/** Each module's checks, by module key (`<track>/<slug>`) then check id. */
	checks: Record<string, Record<string, CheckSource>>;
}

export async function reviewData(locale: Locale): Promise<ReviewData> {
	const sources = Object.fromEntries(
		(await getCatalogue(locale)).filter((item) => item.kind !== 'path').map((item) => [item.key, { title: item.title, href: item.href }]),
	);
	const checks: ReviewData['checks'] = {};
	for (const entry of await getCollection('modules')) {
		const ref = toModuleRef(entry);
		if (ref.locale !== locale) continue;
		const found = readChecks(entry.body ?? '', `src/content/modules/${entry.id}.mdx`);
		if (found.length) checks[`${ref.track}/${ref.slug}`] = Object.fromEntries(found.map((check) => [check.id, check]));
	}
	return { sources, checks };
}
