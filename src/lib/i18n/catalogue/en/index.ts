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

/** Every area file's namespaces (`site.ts` holds the pages' own: `nav`, `home`, `module`…). */
export const en = { ...site, ...roleplay, ...quiz, ...assignment, ...progress, ...tools, ...rights, ...spaced, ...offline, ...lms };

/** Every language fills this shape: English's keys, each a string. */
export type Catalogue = typeof en;
