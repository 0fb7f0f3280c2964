import { locales, isLocale, type Locale } from '../i18n/locales.ts';
import { isTrack, type Track } from './tracks.ts';

/** Where a module file sits: `<lang>/<track>/<slug>.mdx` under `src/content/modules`. */
export interface ModulePath {
	locale: Locale;
	track: Track;
	slug: string;
}

/** Error raised when the modules folder breaks a structural rule; names the offending file. */
export class ModuleContentError extends Error {
	constructor(message: string) {
		super(`[both-ends:modules] ${message}`);
		this.name = 'ModuleContentError';
	}
}

/** Reads a path relative to the modules folder (`fr/agents/hold-done-right.mdx`, or an entry id without extension). */
export function parseModulePath(relative: string): ModulePath {
	const parts = relative
		.replace(/\\/g, '/')
		.replace(/\.mdx?$/, '')
		.split('/');
	const [locale, track, slug] = parts;
	if (parts.length !== 3 || !isLocale(locale) || !isTrack(track) || !slug) {
		throw new ModuleContentError(
			`"${relative}" is not at <lang>/<track>/<slug>.mdx, with lang one of ${locales.join(', ')} and a known track.`,
		);
	}
	return { locale, track, slug };
}

/**
 * Lists the files that must exist for every language to have every module: a slug written in
 * one language but missing in another yields the missing file's path.
 */
export function findMissingTranslations(relativePaths: readonly string[]): string[] {
	const present = new Set<string>();
	const keys = new Set<string>();
	for (const relative of relativePaths) {
		const { locale, track, slug } = parseModulePath(relative);
		present.add(`${locale}/${track}/${slug}`);
		keys.add(`${track}/${slug}`);
	}
	const missing: string[] = [];
	for (const key of [...keys].sort()) {
		for (const locale of locales) {
			if (!present.has(`${locale}/${key}`)) missing.push(`${locale}/${key}.mdx`);
		}
	}
	return missing;
}
