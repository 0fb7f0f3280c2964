import type { Locale } from '../i18n/locales.ts';

/** A source as the content cites it (module or tool frontmatter). */
export interface SourceLike {
	title: string;
	url: string;
	/** Language of the title when it differs from the page's. */
	lang?: Locale;
	/** YYYY-MM-DD: when someone last checked the source still says what the page says. */
	checked?: string;
}

/** A page that cites sources: a module or a tool page, in one language. */
export interface CitingPage {
	title: string;
	href: string;
	sources: readonly SourceLike[];
}

/** A cited source and the pages that cite it. */
export interface CitedSource extends SourceLike {
	citedBy: { title: string; href: string }[];
}

/**
 * Every source the given pages cite, once per URL (the first title seen wins, with its language),
 * with the pages citing it in the order given, sorted by title for the reader's language. Its
 * `checked` date is the latest any citing page gives: the last time someone opened it.
 */
export function citedSources(pages: readonly CitingPage[], locale: string): CitedSource[] {
	const byUrl = new Map<string, CitedSource>();
	for (const { title, href, sources } of pages) {
		for (const source of sources) {
			const cited = byUrl.get(source.url) ?? {
				title: source.title,
				url: source.url,
				...(source.lang ? { lang: source.lang } : {}),
				citedBy: [],
			};
			if (source.checked && !(cited.checked && cited.checked >= source.checked)) cited.checked = source.checked;
			if (!cited.citedBy.some((page) => page.href === href)) cited.citedBy.push({ title, href });
			byUrl.set(source.url, cited);
		}
	}
	return [...byUrl.values()].sort((a, b) => a.title.localeCompare(b.title, locale));
}

/**
 * The `lang` to put on a source title's element on a page in `pageLocale`: the title's own
 * language when it differs, otherwise none (the page's `lang` already applies).
 */
export function titleLang(source: SourceLike, pageLocale: Locale): Locale | undefined {
	return source.lang && source.lang !== pageLocale ? source.lang : undefined;
}
