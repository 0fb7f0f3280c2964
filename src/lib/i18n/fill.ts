/** Fills `{name}` placeholders from `vars`; unknown placeholders stay visible so they get noticed. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in vars ? String(vars[name]) : match,
	);
}
