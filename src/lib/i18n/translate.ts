import { fill } from './fill';
import type { Locale } from './locales';
import { en, type UIDictionary, type UIKey } from './ui/en';
import { fr } from './ui/fr';
import { it } from './ui/it';

export type { UIKey };

export const dictionaries: Record<Locale, UIDictionary> = { en, fr, it };

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

/** A `t(key, vars)` for one language; `{name}` placeholders are filled from `vars`. */
export function useTranslations(locale: Locale): Translate {
	const dictionary = dictionaries[locale];
	return (key, vars) => fill(dictionary[key], vars);
}
