import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { classLabels } from '../../../lib/assignment/class-view.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { localeStaticPaths } from '../../../lib/i18n/routes.ts';
import { getScenarios } from '../../../lib/roleplay/scenarios.ts';

/**
 * The class view's words in one language: every quiz question's prompt and every role-play reply,
 * by id. The review page fetches it only once a class view has something to show, so the page
 * itself stays light.
 */
export const getStaticPaths: GetStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const quizzes = (await getCollection('quizzes')).map((entry) => entry.data);
	const labels = classLabels(quizzes, await getScenarios(), params.lang as Locale);
	return new Response(JSON.stringify(labels), { headers: { 'Content-Type': 'application/json' } });
};
