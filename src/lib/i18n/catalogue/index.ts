import type { Locale } from '../locales.ts';
import { en, type Catalogue } from './en/index.ts';
import { fr } from './fr/index.ts';
import { it } from './it/index.ts';

export type { Catalogue };

/**
 * The one string catalogue: per language, every UI string of the site, namespaced by area
 * (`roleplay`, `quiz`, `assignment`…). English defines the shape (`en/`); French and Italian must
 * fill exactly the same keys (the type checker refuses a missing or extra key) with the same
 * `{placeholders}` (a unit test). Punctuation lives inside the strings, so each language spaces
 * it its own way. Pages read it at build time; an island receives only its own namespace as a
 * prop, so its page never ships the rest.
 */
export const catalogues: Record<Locale, Catalogue> = { en, fr, it };

/** One language's catalogue. */
export function catalogue(locale: Locale): Catalogue {
	return catalogues[locale];
}

/** The call screen's strings (role-play island). */
export type RoleplayStrings = Catalogue['roleplay'];
/** The quiz island's strings. */
export type QuizStrings = Catalogue['quiz'];
/** Strings the quiz pages use and the island never gets. */
export type QuizPageStrings = Catalogue['quizPage'];
/** Assignment builder, landing page and results review. */
export type AssignmentStrings = Catalogue['assignment'];
/** My progress and the module read marker. */
export type ProgressStrings = Catalogue['progress'];
/** The tools' islands and pages. */
export type ToolsStrings = Catalogue['tools'];
/** The offline page and the offline and update notices. */
export type OfflineStrings = Catalogue['offline'];
/** The LMS package launcher (`scripts/package-lms.ts`). */
export type LmsStrings = Catalogue['lms'];
