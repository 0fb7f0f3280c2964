import { getCollection } from 'astro:content';
import { toModuleRef } from '../content/module-index.ts';
import type { Track } from '../content/tracks.ts';
import type { Locale } from '../i18n/locales.ts';
import { localizePath } from '../i18n/paths.ts';

/** Something a trainer can assign, in one language. */
export interface CatalogueItem {
	/** Item key as carried in links (`m:agents/hold-done-right`, `q:…`, `r:…`). */
	key: string;
	kind: 'module' | 'quiz' | 'roleplay' | 'path';
	track: Track;
	title: string;
	href: string;
	minutes?: number;
	/** A path's own items (keys), in order; only on paths. */
	items?: string[];
}

/** Everything assignable, in one language, grouped by track then kind. Build time only. */
export async function getCatalogue(locale: Locale): Promise<CatalogueItem[]> {
	const modules = (await getCollection('modules'))
		.map((entry) => toModuleRef(entry))
		.filter((ref) => ref.locale === locale)
		.sort((a, b) => a.entry.data.order - b.entry.data.order);
	const items: CatalogueItem[] = modules.map((ref) => ({
		key: `m:${ref.track}/${ref.slug}`,
		kind: 'module',
		track: ref.track,
		title: ref.entry.data.title,
		href: ref.href,
		minutes: ref.entry.data.minutes,
	}));
	const trackOfModule = new Map(modules.map((ref) => [`${ref.track}/${ref.slug}`, ref.track]));
	for (const { data: quiz } of await getCollection('quizzes')) {
		const first = quiz.modules[0];
		items.push({
			key: `q:${quiz.id}`,
			kind: 'quiz',
			track: (first && trackOfModule.get(first)) || 'agents',
			title: quiz.title[locale],
			href: localizePath(locale, `quiz/${quiz.id}/`),
			// About 45 seconds a question.
			minutes: Math.max(2, Math.ceil(quiz.questions.length * 0.75)),
		});
	}
	for (const { data: scenario } of await getCollection('scenarios')) {
		items.push({
			key: `r:${scenario.id}`,
			kind: 'roleplay',
			track: scenario.track,
			title: scenario.title[locale],
			href: localizePath(locale, `practice/${scenario.id}/`),
			minutes: scenario.minutes,
		});
	}
	// Learning paths last: a path is assignable as a whole, and is done when all its items are.
	for (const { data: path } of await getCollection('paths')) {
		const steps = path.items.map((key) => items.find((item) => item.key === key));
		items.push({
			key: `p:${path.id}`,
			kind: 'path',
			track: path.track,
			title: path.title[locale],
			href: localizePath(locale, `paths/${path.id}/`),
			minutes: steps.reduce((sum, step) => sum + (step?.minutes ?? 0), 0),
			items: path.items,
		});
	}
	return items;
}

/** The catalogue as the assignment and progress islands receive it: without reading times, which they never show. */
export function withoutMinutes(items: readonly CatalogueItem[]): Omit<CatalogueItem, 'minutes'>[] {
	return items.map(({ minutes, ...rest }) => rest);
}
