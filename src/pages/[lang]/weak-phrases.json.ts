import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { Locale } from '../../lib/i18n/locales.ts';
import { localeStaticPaths } from '../../lib/i18n/routes.ts';
import type { WeakPhrase } from '../../lib/practice/phrase-lint.ts';

/** `/<lang>/weak-phrases.json`: the phrase lint's list in one language, fetched when a learner compares. */
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const locale = params.lang as Locale;
	const phrases: WeakPhrase[] = (await getCollection('weakPhrases')).map(({ data }) => ({ id: data.id, ...data[locale] }));
	return new Response(JSON.stringify(phrases), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
