/** WCAG 2.x contrast, computed from `#rrggbb` colours, for the token tests. */

/** Relative luminance of an sRGB colour written `#rgb` or `#rrggbb` (WCAG 2.x definition). */
export function luminance(hex: string): number {
	const digits = hex.replace('#', '');
	const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
	if (!/^[0-9a-f]{6}$/i.test(full)) throw new Error(`Not a hex colour: ${hex}`);
	const [r, g, b] = [0, 2, 4].map((i) => {
		const channel = parseInt(full.slice(i, i + 2), 16) / 255;
		return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, from 1 (same) to 21 (black on white). */
export function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/** The custom properties declared in one CSS block body: `--name: value;` → { name: value }. */
export function declarations(block: string): Record<string, string> {
	return Object.fromEntries([...block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]));
}

/**
 * The light and dark token sets of a stylesheet: light from the first top-level `:root { … }`,
 * dark from the `:root` inside `@media (prefers-color-scheme: dark)`, over the light values.
 */
export function themes(css: string): { light: Record<string, string>; dark: Record<string, string> } {
	const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
	const darkStart = withoutComments.indexOf('@media (prefers-color-scheme: dark)');
	if (darkStart < 0) throw new Error('No dark theme block');
	const lightBlock = /:root\s*\{([^}]*)\}/.exec(withoutComments.slice(0, darkStart));
	const darkBlock = /:root\s*\{([^}]*)\}/.exec(withoutComments.slice(darkStart));
	if (!lightBlock || !darkBlock) throw new Error('No :root block');
	const light = declarations(lightBlock[1] as string);
	return { light, dark: { ...light, ...declarations(darkBlock[1] as string) } };
}
