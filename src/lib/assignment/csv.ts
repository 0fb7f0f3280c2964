import { intlLocales } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * What separates cells: a comma, the standard (RFC 4180), or a semicolon, what spreadsheets set
 * to French, Italian, German and other languages that write decimals with a comma expect.
 */
export type CsvSeparator = ',' | ';';

/** What a cell holds: text, a number a spreadsheet can compute with, or nothing. */
export type CsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet read a cell starting with them as a formula (CSV injection). */
const FORMULA = new Set(['=', '+', '-', '@', '\t', '\r']);
/**
 * Where a spreadsheet that ignores quotes may start a new cell or row: either separator, a tab
 * (some guess tab-separated), and line breaks. A formula character right after one is guarded too.
 */
const SPLITS = new Set([',', ';', '\t', '\r', '\n']);

/**
 * Text with `'` put before every formula character that could start a cell: at the start, and
 * right after any character a spreadsheet may split on (`SPLITS`), so `Ann;=1+1` becomes
 * `Ann;'=1+1` whichever separator the spreadsheet picks, quotes or not. Spaces and quote marks
 * in between are skipped over (` "=1` is guarded too), as a spreadsheet may trim them. A cell
 * starting with `'` shows as text; the `'` is the only change.
 */
export function guardFormulas(text: string): string {
	let guarded = '';
	// Whether a spreadsheet could see a cell starting here.
	let cellStart = true;
	for (const char of text) {
		if (cellStart && FORMULA.has(char)) {
			guarded += "'";
		} else if (cellStart && !SPLITS.has(char) && (char === '"' || /\s/.test(char))) {
			guarded += char;
			continue;
		}
		guarded += char;
		cellStart = SPLITS.has(char);
	}
	return guarded;
}

/**
 * One CSV cell. Text is always quoted (quotes doubled) and guarded (`guardFormulas`), so neither
 * separator nor a line break inside it can be mistaken for the end of the cell, and nothing in it
 * runs as a formula. A number of 0 or more stays bare, so a spreadsheet can compute with it; in a
 * `;` file its decimal point becomes a comma, as the spreadsheets reading those files write it. A
 * negative number is written as guarded text: a leading `-` is how a line read whole as one cell
 * becomes a formula, and no result is negative. Nothing (and empty text) is an empty cell.
 */
export function csvField(value: CsvCell, separator: CsvSeparator = ','): string {
	if (value === null || value === undefined || value === '') return '';
	if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
		const text = String(value);
		return separator === ';' ? text.replace('.', ',') : text;
	}
	return `"${guardFormulas(String(value)).replace(/"/g, '""')}"`;
}

/**
 * Rows to CSV text with CRLF line ends, as RFC 4180 asks, starting with a byte-order mark: without
 * it, a spreadsheet set to French or Italian reads UTF-8 as Latin-1 and garbles every accent.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], separator: CsvSeparator = ','): string {
	return '\uFEFF' + rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n') + '\r\n';
}

/**
 * Both separators, the one a spreadsheet in this language most likely expects first: `;` where
 * decimals are written with a comma (French, Italian), since those spreadsheets split on `;`.
 */
export function csvSeparatorsFor(locale: Locale): [CsvSeparator, CsvSeparator] {
	const decimal = new Intl.NumberFormat(intlLocales[locale]).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
	return decimal === ',' ? [';', ','] : [',', ';'];
}
