import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../lib/assignment/catalogue.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { localeStaticPaths } from '../../../lib/i18n/routes.ts';

/**
 * Everything a trainer can assign, in one language. The assignment builder fetches it when it
 * starts, so the page's HTML stays the same size however large the course grows.
 */
export const getStaticPaths: GetStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify(await getCatalogue(params.lang as Locale)), { headers: { 'Content-Type': 'application/json' } });
