import { catalogues, type Catalogue } from './catalogue/index.ts';
import { fill, plural, type PluralForms } from './format.ts';
import type { Locale } from './locales.ts';

/** Dotted paths to every plain string of the catalogue: `nav.agents`, `roleplay.endings.resolved`… */
type StringPaths<T> = {
	[K in keyof T & string]: T[K] extends string ? K : T[K] extends PluralForms ? never : `${K}.${StringPaths<T[K]>}`;
}[keyof T & string];

/** Dotted paths to every count-dependent string (`{ one, other }`). */
type PluralPaths<T> = {
	[K in keyof T & string]: T[K] extends string ? never : T[K] extends PluralForms ? K : `${K}.${PluralPaths<T[K]>}`;
}[keyof T & string];

export type UIKey = StringPaths<Catalogue>;
export type PluralKey = PluralPaths<Catalogue>;

export interface Translate {
	/** The string at `key`, with its `{placeholders}` filled from `vars`. */
	(key: UIKey, vars?: Record<string, string | number>): string;
	/** The form of the string at `key` for `count` (`{count}` is filled, formatted for the language). */
	plural(key: PluralKey, count: number, vars?: Record<string, string | number>): string;
}

function lookup(locale: Locale, key: string): unknown {
	let node: unknown = catalogues[locale];
	for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
	if (node === undefined) throw new Error(`No string "${key}" in the ${locale} catalogue`);
	return node;
}

/** A `t(key, vars)` for one language, for `.astro` pages (islands get their namespace as a prop). */
export function useTranslations(locale: Locale): Translate {
	const t = ((key: UIKey, vars?: Record<string, string | number>) => fill(lookup(locale, key) as string, vars)) as Translate;
	t.plural = (key, count, vars) => plural(locale, lookup(locale, key) as PluralForms, count, vars);
	return t;
}
