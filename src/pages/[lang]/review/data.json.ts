import type { APIRoute } from 'astro';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { localeStaticPaths } from '../../../lib/i18n/routes.ts';
import { reviewData } from '../../../lib/review/review-data.ts';

/** `/<lang>/review/data.json`: titles and module checks for the review page (`reviewData`). */
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(JSON.stringify(await reviewData(params.lang as Locale)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
