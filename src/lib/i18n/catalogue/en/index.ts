import {
	site,
	skip,
	nav,
	lang,
	search,
	type,
	footer,
	home,
	track,
	module,
	notFound,
	practice,
	assign,
	review,
	trainers,
	sources,
	glossary,
	paths,
	cards,
	root,
} from './site.ts';
import { roleplay } from './roleplay.ts';
import { quiz, quizPage } from './quiz.ts';
import { assignment } from './assignment.ts';
import { progress } from './progress.ts';
import { tools } from './tools.ts';

export const en = {
	site,
	skip,
	nav,
	lang,
	search,
	type,
	footer,
	home,
	track,
	module,
	notFound,
	practice,
	assign,
	review,
	trainers,
	sources,
	glossary,
	paths,
	cards,
	root,
	roleplay,
	quiz,
	quizPage,
	assignment,
	progress,
	tools,
};

/** Every language fills this shape: English's keys, each a string. */
export type Catalogue = typeof en;
