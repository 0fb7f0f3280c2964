import type { APIRoute } from 'astro';
import type { Locale } from '../../lib/i18n/locales.ts';
import { localizePath } from '../../lib/i18n/paths.ts';
import { localeStaticPaths } from '../../lib/i18n/routes.ts';
import { useTranslations } from '../../lib/i18n/translate.ts';

/**
 * `/<lang>/manifest.webmanifest`: the site as an installable app, named and described in each
 * language and opening on that language's home. One app for the whole site (`id` and `scope`
 * are the same in every language), whichever language it was installed from.
 */
export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ params }) => {
	const locale = params.lang as Locale;
	const t = useTranslations(locale);
	const manifest = {
		id: '/',
		name: t('site.name'),
		short_name: t('site.name'),
		description: t('site.tagline'),
		lang: locale,
		dir: 'ltr',
		start_url: localizePath(locale),
		scope: '/',
		display: 'standalone',
		// The light theme's background and accent (src/styles/tokens.css).
		background_color: '#fbfaf7',
		theme_color: '#0b5670',
		// The logo is a square SVG, sharp at every size an app launcher asks for.
		icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
	};
	return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
