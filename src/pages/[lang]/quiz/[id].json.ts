import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../lib/i18n/locales.ts';
import { quizIslandProps } from '../../../lib/quiz/island-props.ts';
import { getQuizzes } from '../../../lib/quiz/quizzes.ts';

/**
 * `/<lang>/quiz/<id>.json`: a quiz's island props in one language. A module page fetches it when
 * its reader nears the quiz, so the quiz's words are not part of the page's HTML.
 */
export const getStaticPaths = (async () => {
	const quizzes = await getQuizzes();
	return locales.flatMap((lang) => quizzes.map((entry) => ({ params: { lang, id: entry.id }, props: { entry } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Awaited<ReturnType<typeof getQuizzes>>[number] }> = ({ params, props }) =>
	new Response(JSON.stringify(quizIslandProps(props.entry, params.lang as Locale)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
