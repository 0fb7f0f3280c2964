import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page the build wrote, as site paths (`/fr/agents/`), read from `dist/`. */
export function builtPages(dist = 'dist'): string[] {
	return readdirSync(dist, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${sep}`))
		.map((file) => {
			const path = relative(dist, join(dist, file)).split(sep).join('/');
			if (path === 'index.html') return '/';
			if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
			return `/${path}`;
		})
		.sort();
}
