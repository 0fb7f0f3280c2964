import { isLocale, type Locale } from './locales.ts';

/** `/fr/agents/` for (`fr`, `agents/`): every route lives under its language prefix. */
export function localizePath(locale: Locale, path = ''): string {
	const rest = path.replace(/^\/+/, '');
	return `/${locale}/${rest}`;
}

/**
 * The same page in another language: swaps the leading language segment of a pathname.
 * A path without a language prefix goes to that language's home.
 */
export function switchLocalePath(pathname: string, target: Locale): string {
	const segments = pathname.split('/').filter(Boolean);
	if (segments.length > 0 && isLocale(segments[0])) {
		return localizePath(
			target,
			segments
				.slice(1)
				.map((s) => `${s}/`)
				.join(''),
		);
	}
	return localizePath(target);
}
