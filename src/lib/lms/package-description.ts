/**
 * What one LMS package holds, as the packager (`scripts/package-lms.ts`) describes it to the
 * manifest writers (`manifest.ts`) and, as `lms.json` at the package's root, to the runtime
 * adapter (`src/components/lms/adapter.ts`). One package is one learning path or one module with
 * its quiz, in one language, in one format.
 */
import type { Locale } from '../i18n/locales.ts';

/** The two LMS formats a package is written in. */
export type LmsFormat = 'scorm12' | 'cmi5';

/** One quiz question, as an LMS interaction. */
export interface PackageQuestion {
	/** The question's id in its quiz file; the interaction id is `<quiz id>.<question id>`. */
	id: string;
	/** SCORM 1.2 interaction type the question maps to. */
	type: 'choice' | 'true-false' | 'fill-in' | 'matching' | 'sequencing' | 'numeric' | 'likert' | 'performance';
}

/** Something the learner does in the package: read a module, pass a quiz, play a role-play. */
export interface PackageItem {
	/** The site's item key: `m:<track>/<slug>`, `q:<quiz id>` or `r:<scenario id>`. */
	key: string;
	/** Its title in the package's language. */
	title: string;
	/** The page that opens it, relative to the package's root (`en/agents/hold-done-right/index.html`). */
	href: string;
	/** A quiz's questions (quizzes only). */
	questions?: PackageQuestion[];
	/** A role-play's scoring dimensions (role-plays only), each an LMS objective. */
	dimensions?: string[];
}

/** One package. */
export interface PackageDescription {
	/** Package format. */
	format: LmsFormat;
	/** Stable id, unique across packages: `both-ends.<lang>.<kind>.<id>` (e.g. `both-ends.en.module.agents.hold-done-right`). */
	id: string;
	/** The package's language. */
	lang: Locale;
	/** Path or module, for titles and the README. */
	kind: 'path' | 'module';
	/** The title in each language (cmi5 carries all three; SCORM 1.2 the package's own). */
	titles: Record<Locale, string>;
	/** A one-sentence description in each language. */
	descriptions: Record<Locale, string>;
	/** The page the LMS launches, relative to the package's root. */
	launch: string;
	/** Share of the maximum score needed to pass, 0–1 (SCORM `adlcp:masteryscore` × 100, cmi5 `masteryScore`). */
	mastery: number;
	/** The items, in order. */
	items: PackageItem[];
	/** The site's public URL (`astro.config.mjs` `site`): the base of the xAPI activity and extension IRIs. */
	site: string;
}
