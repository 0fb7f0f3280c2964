import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/site-pages.ts';

/** Whether a site path is served by the built site (a file, or a folder with an index.html). */
function served(path: string): boolean {
	const target = join('dist', decodeURIComponent(path));
	if (!existsSync(target)) return false;
	return statSync(target).isFile() || existsSync(join(target, 'index.html'));
}

test('every internal link on every built page leads to a page that exists', () => {
	const broken: string[] = [];
	let checked = 0;
	for (const page of builtPages()) {
		const file = page.endsWith('/') ? join('dist', page, 'index.html') : join('dist', page);
		const html = readFileSync(file, 'utf8');
		for (const [, href] of html.matchAll(/\shref="(\/[^"#?]*)/g)) {
			checked++;
			if (href && !served(href)) broken.push(`${page} → ${href}`);
		}
	}
	expect(checked).toBeGreaterThan(1000);
	expect(broken).toEqual([]);
});
