/**
 * YAML reads an unquoted `2026-12-03` as a Date (frontmatter and data files alike): this takes it
 * back to its YYYY-MM-DD day, and leaves anything else (a quoted date, a typo) as it is for the
 * schema or report to judge. So authors may quote a date or not.
 */
export function calendarDay(value: unknown): unknown {
	return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}
