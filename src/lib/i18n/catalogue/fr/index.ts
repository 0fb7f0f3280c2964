import type { Catalogue } from '../en/index.ts';
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

export const fr = {
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
} satisfies Catalogue;
