/** The languages the site is written in. English is the default. */
export const locales = ['en', 'fr', 'it'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

/** Each language's name written in that language, for the switcher and the root chooser. */
export const localeNames: Record<Locale, string> = {
	en: 'English',
	fr: 'Français',
	it: 'Italiano',
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Picks the first supported language from a browser's preference list (`navigator.languages`),
 * matching on the primary subtag so `fr-CA` and `it-CH` count; falls back to English.
 */
export function pickLocale(preferred: readonly string[]): Locale {
	for (const tag of preferred) {
		const primary = tag.toLowerCase().split('-')[0];
		if (isLocale(primary)) return primary;
	}
	return defaultLocale;
}
