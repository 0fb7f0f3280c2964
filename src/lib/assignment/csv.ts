/**
 * One CSV field, RFC 4180: quoted when it holds a comma, semicolon (the separator of French and Italian spreadsheets), quote or line break, quotes doubled.
 * A field starting with `=`, `+`, `-`, `@` (or a tab or carriage return) is prefixed with `'` so a
 * spreadsheet shows it as text instead of running it as a formula (CSV injection).
 */
export function csvField(value: string | number | null | undefined): string {
	let text = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows to CSV text with CRLF line ends, as RFC 4180 asks, starting with a byte-order mark: without
 * it, a spreadsheet set to French or Italian reads UTF-8 as Latin-1 and garbles every accent.
 */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
