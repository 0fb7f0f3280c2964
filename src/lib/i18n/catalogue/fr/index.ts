import type { Catalogue } from '../en/index.ts';
import * as assignment from './assignment.ts';
import * as progress from './progress.ts';
import * as quiz from './quiz.ts';
import * as roleplay from './roleplay.ts';
import * as site from './site.ts';
import * as rights from './rights.ts';
import * as spaced from './spaced.ts';
import * as offline from './offline.ts';
import * as lms from './lms.ts';
import * as tools from './tools.ts';

// Each namespace is typed `Catalogue['…']` in its file; this checks none is missing.
export const fr = {
	...site,
	...roleplay,
	...quiz,
	...assignment,
	...progress,
	...tools,
	...rights,
	...spaced,
	...offline,
	...lms,
} satisfies Catalogue;
