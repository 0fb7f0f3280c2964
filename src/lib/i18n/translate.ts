import { fill } from './fill.ts';
import type { Locale } from './locales.ts';
import { en, type UIDictionary, type UIKey } from './ui/en.ts';
import { fr } from './ui/fr.ts';
import { it } from './ui/it.ts';

export type { UIKey };

export const dictionaries: Record<Locale, UIDictionary> = { en, fr, it };

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

/** A `t(key, vars)` for one language; `{name}` placeholders are filled from `vars`. */
export function useTranslations(locale: Locale): Translate {
	const dictionary = dictionaries[locale];
	return (key, vars) => fill(dictionary[key], vars);
}
