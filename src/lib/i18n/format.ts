import type { Locale } from './locales.ts';

/**
 * The one formatter: every number, share, date, list and duration the site shows goes through
 * `Intl` here, so French gets "81 %" (narrow no-break space) and "2 décembre 2026", Italian
 * "81%" and "2 dicembre 2026", and English British dates ("2 December 2026") to match its
 * British spelling.
 */
export const intlLocales: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT' };

/**
 * Making an `Intl` formatter loads the language's data and costs far more than using one; a
 * build formats on thousands of pages, a quiz on every answer. One per language and options,
 * shared (they hold no state).
 */
const formatters = new Map<string, unknown>();
function formatter<T, Options extends object>(Make: new (tag: string, options?: Options) => T, locale: Locale, options?: Options): T {
	// Keyed by the options the formatter is made with, so two calls can never share one wrongly.
	const key = `${Make.name} ${locale} ${JSON.stringify(options ?? {})}`;
	let known = formatters.get(key) as T | undefined;
	if (known === undefined) {
		known = new Make(intlLocales[locale], options);
		formatters.set(key, known);
	}
	return known;
}

/** A phrase that depends on a count: one form per `Intl.PluralRules` category, `other` always. */
export interface PluralForms {
	zero?: string;
	one?: string;
	two?: string;
	few?: string;
	many?: string;
	other: string;
}

/** Fills `{name}` placeholders from `vars`; unknown placeholders stay visible so they get noticed. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** The form of `forms` for `count`, with `{count}` filled as a number of this language. */
export function plural(locale: Locale, forms: PluralForms, count: number, vars: Record<string, string | number> = {}): string {
	const category = formatter(Intl.PluralRules, locale).select(count);
	const template = forms[category] ?? forms.other;
	return fill(template, { count: formatNumber(locale, count), ...vars });
}

/** A number as this language writes it (`1 234` in French, `1.234` in Italian). */
export function formatNumber(locale: Locale, value: number): string {
	return formatter(Intl.NumberFormat, locale).format(value);
}

/** A 0–1 share as a whole percentage (`81 %` in French, `81%` in English and Italian). */
export function formatPercent(locale: Locale, share: number): string {
	// Round half up on the whole percent first, so the figure matches `percent()` pass-mark checks.
	const whole = Math.round(share * 100 + 1e-9);
	return formatter(Intl.NumberFormat, locale, { style: 'percent' }).format(whole / 100);
}

/** A whole percentage (0–100) already computed elsewhere, e.g. a pass mark. */
export function formatWholePercent(locale: Locale, whole: number): string {
	return formatPercent(locale, whole / 100);
}

const dateStyles = {
	/** 2 December 2026 */
	long: { dateStyle: 'long' },
	/** 2 Dec 2026 */
	medium: { dateStyle: 'medium' },
	/** 2 Dec 2026, 17:36 */
	dateTime: { dateStyle: 'medium', timeStyle: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A date as this language writes it. A bare `YYYY-MM-DD` (a due date) is a calendar day, so it is
 * shown in UTC and never shifts a day with the reader's time zone.
 */
export function formatDate(locale: Locale, value: string | number | Date, style: keyof typeof dateStyles = 'long'): string {
	const dayOnly = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
	const date = dayOnly ? new Date(`${value}T12:00:00Z`) : new Date(value);
	if (Number.isNaN(date.getTime())) return String(value);
	const options = { ...dateStyles[style], ...(dayOnly ? { timeZone: 'UTC' } : {}) };
	return formatter(Intl.DateTimeFormat, locale, options).format(date);
}

/** Items joined as this language lists them: "A, B and C", « A, B et C », "A, B e C". */
export function formatList(locale: Locale, items: readonly string[], type: 'conjunction' | 'disjunction' | 'unit' = 'conjunction'): string {
	return formatter(Intl.ListFormat, locale, { style: 'long', type }).format(items);
}

/** A call timer: `m:ss` (754 → "12:34"); the same in every language. */
export function formatClock(seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * A download or storage size in megabytes, one decimal: "8.9 MB", « 8,9 Mo », "8,9 MB". At least
 * 0.1 MB for anything not empty, so a small copy never reads as nothing.
 */
export function formatMegabytes(locale: Locale, bytes: number): string {
	const megabytes = bytes === 0 ? 0 : Math.max(0.1, bytes / 1_000_000);
	const options = { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 } as const;
	return formatter(Intl.NumberFormat, locale, options).format(megabytes);
}

/** A length of time in words: "3 min 20 s", « 3 min 20 s », "1 h 5 min". */
export function formatDuration(locale: Locale, seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	const parts: [number, 'hour' | 'minute' | 'second'][] = [
		[Math.floor(whole / 3600), 'hour'],
		[Math.floor((whole % 3600) / 60), 'minute'],
		[whole % 60, 'second'],
	];
	const shown = parts.filter(([value]) => value > 0);
	const units = (shown.length > 0 ? shown : parts.slice(2)).map(([value, unit]) =>
		formatter(Intl.NumberFormat, locale, { style: 'unit', unit, unitDisplay: 'short' }).format(value),
	);
	return formatList(locale, units, 'unit');
}

/**
 * How far `to` is from `from`, in the largest whole unit that fits: "in 10 minutes", « dans
 * 3 jours », "tra 2 mesi" (review intervals).
 */
export function formatRelative(locale: Locale, from: Date, to: Date): string {
	const seconds = (to.getTime() - from.getTime()) / 1000;
	const units: [Intl.RelativeTimeFormatUnit, number][] = [
		['year', 365 * 86_400],
		['month', 30 * 86_400],
		['day', 86_400],
		['hour', 3_600],
		['minute', 60],
	];
	const [unit, size] = units.find(([, length]) => Math.abs(seconds) >= length) ?? units.at(-1)!;
	return formatter(Intl.RelativeTimeFormat, locale, { numeric: 'always' }).format(Math.max(1, Math.round(seconds / size)), unit);
}
