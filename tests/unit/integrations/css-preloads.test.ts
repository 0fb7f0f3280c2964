import { describe, expect, it } from 'vitest';
import { dropMissingStylesheets } from '../../../src/integrations/css-preloads.ts';

const chunk = (list: string) =>
	`const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=[${list}])))=>i.map(i=>d[i]);import{t as e}from"./preload-helper.js";e(()=>import("./mount.js"),__vite__mapDeps([0,1,2]));`;

describe('dropMissingStylesheets', () => {
	it('replaces a stylesheet the build deleted by the list’s first script, keeping every index', () => {
		const { code, dropped } = dropMissingStylesheets(chunk('"_astro/mount.js","_astro/Quiz.css","_astro/client.js"'), () => false);
		expect(dropped).toEqual(['_astro/Quiz.css']);
		expect(code).toBe(chunk('"_astro/mount.js","_astro/mount.js","_astro/client.js"'));
	});

	it('keeps a stylesheet that exists, and code with no preload list', () => {
		const withCss = chunk('"_astro/mount.js","_astro/widgets.css"');
		expect(dropMissingStylesheets(withCss, (file) => file === '_astro/widgets.css')).toEqual({ code: withCss, dropped: [] });
		expect(dropMissingStylesheets('console.log(1)', () => false)).toEqual({ code: 'console.log(1)', dropped: [] });
	});
});
