/** `m:ss` for a number of seconds, e.g. 754 → "12:34". */
export function clock(seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A 0–100 meter in words, from a `very low|low|middling|high|very high` list. */
export function meterWord(value: number, words: string): string {
	const list = words.split('|');
	const band = Math.min(list.length - 1, Math.floor((value / 100) * list.length));
	return list[band] ?? '';
}

/** A 0–1 share as a whole percentage. */
export function percent(share: number): string {
	return `${Math.round(share * 100)}%`;
}
