import type { APIRoute } from 'astro';
import { searchLabels } from '../../components/search/search-labels.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { localeStaticPaths } from '../../lib/i18n/routes.ts';

/**
 * `/<lang>/search-labels.json`: the words the search results need (counts, types, tracks),
 * fetched with the search code when search first opens, so no page carries them in its HTML.
 */
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(JSON.stringify(searchLabels(params.lang as Locale)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
