import { isLocale, locales, type Locale } from '../i18n/locales.ts';
import { toolIds, type ToolId } from '../tools/registry.ts';

/** Where a tool page's prose sits: `<lang>/<tool-id>.md` under `src/content/tools`. */
export interface ToolPagePath {
	locale: Locale;
	tool: ToolId;
}

const isToolId = (value: unknown): value is ToolId => (toolIds as readonly unknown[]).includes(value);

/** Reads an entry id (`fr/reset`) or a relative path (`fr/reset.md`); `undefined` when it is neither. */
export function parseToolPagePath(relative: string): ToolPagePath | undefined {
	const parts = relative
		.replace(/\\/g, '/')
		.replace(/\.mdx?$/, '')
		.split('/');
	const [locale, tool] = parts;
	return parts.length === 2 && isLocale(locale) && isToolId(tool) ? { locale, tool } : undefined;
}

/**
 * What is wrong with the tools folder, one line per file so authors can find it: a file for a
 * language or tool the site does not have, and each tool page missing in a language. Empty when
 * every tool of `src/lib/tools/registry.ts` has its prose in every language.
 */
export function toolPageProblems(ids: readonly string[]): string[] {
	const problems: string[] = [];
	const present = new Set<string>();
	for (const id of ids) {
		const path = parseToolPagePath(id);
		if (path) present.add(`${path.locale}/${path.tool}`);
		else
			problems.push(
				`src/content/tools/${id.replace(/\.mdx?$/, '')}.md: not at <lang>/<tool-id>.md with lang one of ${locales.join(', ')} and tool one of ${toolIds.join(', ')}.`,
			);
	}
	for (const tool of toolIds) {
		for (const locale of locales) {
			if (!present.has(`${locale}/${tool}`))
				problems.push(`src/content/tools/${locale}/${tool}.md: missing (every tool needs its page in every language).`);
		}
	}
	return problems;
}
