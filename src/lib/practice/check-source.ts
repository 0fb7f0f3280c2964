/**
 * The `<Check>`s of a module, read from its MDX source at build time, for the review page (a
 * check answered wrong comes back there as a card). The content test keeps module bodies to the
 * components' plain form (`tests/unit/content.test.ts`): attributes in double quotes, one
 * `<Option>` per line, no expressions; so a small reader suffices and needs no MDX compiler.
 */

/** One option of a check, as written. */
export interface CheckSourceOption {
	id: string;
	text: string;
	correct: boolean;
	feedback: string;
}

/** One check of a module, as written. */
export interface CheckSource {
	id: string;
	prompt: string;
	multiple: boolean;
	options: CheckSourceOption[];
}

/** The attributes of a tag's opening text: `name="value"` pairs, and bare names as `true`. */
function attributes(tag: string): Record<string, string | true> {
	const found: Record<string, string | true> = {};
	for (const match of tag.matchAll(/([a-zA-Z]+)(?:="([^"]*)")?/g)) found[match[1]!] = match[2] ?? true;
	return found;
}

/** Thrown for a check the review page could not show; names the module and the check. */
export class CheckSourceError extends Error {
	constructor(where: string, problem: string) {
		super(`[both-ends:modules] ${where}: ${problem}`);
		this.name = 'CheckSourceError';
	}
}

/** The checks in `body` (an MDX module body), in order. `where` names the file in errors. */
export function readChecks(body: string, where: string): CheckSource[] {
	const checks: CheckSource[] = [];
	for (const block of body.matchAll(/<Check\b([^>]*)>([\s\S]*?)<\/Check>/g)) {
		const { id, prompt, multiple } = attributes(block[1]!);
		if (typeof id !== 'string' || typeof prompt !== 'string') throw new CheckSourceError(where, 'a <Check> needs an id and a prompt');
		const options = [...block[2]!.matchAll(/<Option\b([^>]*)>([\s\S]*?)<\/Option>/g)].map((option) => {
			const found = attributes(option[1]!);
			if (typeof found.id !== 'string' || typeof found.feedback !== 'string') {
				throw new CheckSourceError(where, `an <Option> of <Check id="${id}"> needs an id and feedback`);
			}
			return { id: found.id, text: option[2]!.trim(), correct: found.correct === true, feedback: found.feedback };
		});
		checks.push({ id, prompt, multiple: multiple === true, options });
	}
	return checks;
}
