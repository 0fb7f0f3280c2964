import { z } from 'astro/zod';
import { locales, type Locale } from './locales.ts';

/** Text written once per language: `{ en, fr, it }`, none empty. */
export const LocalizedText = z.object(Object.fromEntries(locales.map((l) => [l, z.string().trim().min(1)])) as Record<Locale, z.ZodString>);

export type Localized = z.infer<typeof LocalizedText>;

/** Picks one language out of every `{ en, fr, it }` in a structure, so a page ships only its own language. */
export function pickLanguage<T>(value: T, locale: Locale): Picked<T> {
	if (Array.isArray(value)) return value.map((item) => pickLanguage(item, locale)) as Picked<T>;
	if (value && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const keys = Object.keys(record);
		if (keys.length === locales.length && locales.every((l) => typeof record[l] === 'string')) {
			return record[locale] as Picked<T>;
		}
		return Object.fromEntries(keys.map((key) => [key, pickLanguage(record[key], locale)])) as Picked<T>;
	}
	return value as Picked<T>;
}

/** The type of `pickLanguage`'s result: every `{ en, fr, it }` becomes a string. */
export type Picked<T> = T extends Localized
	? string
	: T extends readonly (infer U)[]
		? Picked<U>[]
		: T extends object
			? { [K in keyof T]: Picked<T[K]> }
			: T;
