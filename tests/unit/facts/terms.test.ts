import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Issue 13, parity and terms: one term per concept and language (src/content/terms.yaml), and the
// Italian courtesy capitals used the same way everywhere.

const langs = ['en', 'fr', 'it'] as const;
type Lang = (typeof langs)[number];
type Localized = Record<Lang, string>;

type TermEntry = {
	id: string;
	glossary?: string;
	preferred: Localized;
	forbidden: Record<Lang, string[]>;
};

const terms = (parse(readFileSync('src/content/terms.yaml', 'utf8')) as { terms: TermEntry[] }).terms;
const glossary = (parse(readFileSync('src/content/glossary.yaml', 'utf8')) as { terms: { id: string; term: Localized }[] }).terms;

function filesUnder(dir: string, pattern: RegExp): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => pattern.test(f))
		.map((f) => join(dir, f));
}

/** Every string under a `lang` key, anywhere in a parsed YAML document. */
function stringsIn(node: unknown, lang: Lang): string[] {
	if (Array.isArray(node)) return node.flatMap((child) => stringsIn(child, lang));
	if (node && typeof node === 'object') {
		return Object.entries(node).flatMap(([key, value]) => (key === lang && typeof value === 'string' ? [value] : stringsIn(value, lang)));
	}
	return [];
}

/** One language's text, file by file: its modules and tool pages whole, and its part of every quiz, scenario and the glossary. */
function contentIn(lang: Lang): { file: string; text: string }[] {
	const prose = [...filesUnder(join('src/content/modules', lang), /\.mdx$/), ...filesUnder(join('src/content/tools', lang), /\.md$/)].map(
		(file) => ({ file, text: readFileSync(file, 'utf8') }),
	);
	const yaml = [
		...filesUnder('src/content/quizzes', /\.yaml$/),
		...filesUnder('src/content/scenarios', /\.yaml$/),
		'src/content/glossary.yaml',
	].map((file) => ({ file, text: stringsIn(parse(readFileSync(file, 'utf8')), lang).join('\n') }));
	return [...prose, ...yaml];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A phrase as a whole word or words, any case, whatever kind of space the text uses. */
const phrase = (text: string) =>
	new RegExp(`(?<![\\p{L}\\p{N}])${escape(text).replace(/ /g, '[\\s\\u00a0\\u202f]+')}(?![\\p{L}\\p{N}])`, 'iu');

describe('terms.yaml', () => {
	it('has one entry per concept, a preferred term in every language, and no variant that is also preferred', () => {
		expect(terms.length).toBeGreaterThan(0);
		expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
		for (const entry of terms) {
			for (const lang of langs) {
				expect(entry.preferred[lang], `${entry.id}.${lang}`).toMatch(/\S/);
				for (const variant of entry.forbidden[lang] ?? []) {
					expect(phrase(variant).test(entry.preferred[lang]), `${entry.id}.${lang}: ${variant}`).toBe(false);
				}
			}
		}
	});

	it('uses the glossary’s own term where the glossary has one', () => {
		for (const entry of terms.filter((t) => t.glossary)) {
			const inGlossary = glossary.find((g) => g.id === entry.glossary);
			expect(inGlossary, `${entry.id}: glossary entry ${entry.glossary}`).toBeDefined();
			for (const lang of langs) {
				expect(inGlossary?.term[lang] ?? '', `${entry.id}.${lang}`).toMatch(phrase(entry.preferred[lang]));
			}
		}
	});
});

describe.each(langs)('%s content uses the preferred terms', (lang) => {
	const content = contentIn(lang);
	const checks = terms.flatMap((entry) => (entry.forbidden[lang] ?? []).map((variant) => ({ entry, variant })));

	it('has something to check', () => {
		expect(content.length).toBeGreaterThan(10);
	});

	it.each(checks.map((c) => [c.entry.id, c.variant, c.entry.preferred[lang]] as const))('%s: no “%s” (say “%s”)', (_id, variant) => {
		const offending = content.filter(({ text }) => phrase(variant).test(text)).map(({ file }) => file);
		expect(offending).toEqual([]);
	});

	it.each(terms.filter((t) => (t.forbidden[lang] ?? []).length > 0).map((t) => [t.id, t.preferred[lang]] as const))(
		'%s: the preferred “%s” is used somewhere',
		(_id, preferred) => {
			expect(content.some(({ text }) => phrase(preferred).test(text))).toBe(true);
		},
	);
});

// The fixes this session made, named so a regression reads plainly.
describe('the drifts found in issue 13 are gone', () => {
	const module = (lang: Lang, path: string) => readFileSync(join('src/content/modules', lang, path), 'utf8');

	it('French calls the script a safety net (filet de sécurité), not a map (carte) or a ramp (rampe)', () => {
		expect(module('fr', 'agents/listen-first.mdx')).toMatch(/^## Le script est un filet de sécurité, pas un texte à réciter$/m);
		expect(module('fr', 'trainers/first-week.mdx')).toMatch(/Le script est un filet de sécurité/);
		expect(module('fr', 'trainers/adapting-the-course.mdx')).toMatch(/comme d’un filet de sécurité/);
	});

	it('French says “appel silencieux” in the modules this session aligned (the glossary’s term)', () => {
		const text = module('fr', 'agents/first-ten-seconds.mdx');
		expect(text).toMatch(/appels silencieux/);
		expect(text).not.toMatch(/appels? muets?/);
	});

	it('Italian says “telefonata muta” in the modules this session aligned (the glossary’s term)', () => {
		const text = module('it', 'agents/first-ten-seconds.mdx');
		expect(text).toMatch(/telefonate mute/);
		expect(text).not.toMatch(/chiamat[ae] mut[ae]/);
	});

	it('Italian calls the transfer round a “carosello” in modules and scenarios alike', () => {
		expect(module('it', 'agents/warm-transfers.mdx')).toMatch(/giro di carosello/);
		const scenario = stringsIn(parse(readFileSync('src/content/scenarios/transfer-carousel.yaml', 'utf8')), 'it').join('\n');
		expect(scenario).toMatch(/Il carosello dei trasferimenti/);
	});
});

// Italian courtesy capitals. The rule, as the Italian modules use it:
// - Lei, La, Le, Suo… (and the enclitic -La, -Le: aiutarLa, metterLa) are capitalised whenever someone
//   is addressed formally: the reader (the learner) in the prose, and the person spoken to in dialogue
//   («Le passo Chiara», «Posso metterLa in attesa?»). That is the house style of the Italian modules.
// - A third person takes lower case: the customer in a sentence addressed to the learner («Chieda prima
//   di metterla in attesa» in a scenario's advice), or in an agent's briefing to a colleague
//   («le abbiamo addebitato due volte il canone»). So one sentence may rightly hold both.
// - What must not happen is one speaker addressing the same person both ways in one line
//   («Devo trasferirla, ma Le lascio il numero»), or an agent greeting a caller with lower case.

/** What people say in the Italian content: «…» quotes in modules and tool pages, and the spoken lines of scenarios and quizzes. */
function italianUtterances(): { where: string; text: string }[] {
	const quoted = (where: string, text: string) => [...text.matchAll(/«([^»]*)»/g)].map((m) => ({ where, text: m[1] ?? '' }));
	const prose = [...filesUnder('src/content/modules/it', /\.mdx$/), ...filesUnder('src/content/tools/it', /\.md$/)].flatMap((file) =>
		quoted(file, readFileSync(file, 'utf8')),
	);
	const spoken: { where: string; text: string }[] = [];
	const walk = (node: unknown, where: string, key = ''): void => {
		if (Array.isArray(node)) node.forEach((child) => walk(child, where, key));
		else if (node && typeof node === 'object') {
			const record = node as Record<string, unknown>;
			const it = record.it;
			// Scenario turns (`say`, `line`) and quiz call lines (`lines[].text`) are spoken whole.
			if (typeof it === 'string' && ['say', 'line', 'spoken'].includes(key)) spoken.push({ where, text: it });
			else if (typeof it === 'string') spoken.push(...quoted(where, it));
			for (const [childKey, value] of Object.entries(record))
				walk(value, where, childKey === 'text' && key === 'lines' ? 'spoken' : childKey);
		}
	};
	for (const file of [...filesUnder('src/content/quizzes', /\.yaml$/), ...filesUnder('src/content/scenarios', /\.yaml$/)]) {
		walk(parse(readFileSync(file, 'utf8')), file);
	}
	return [...prose, ...spoken];
}

describe('Italian courtesy capitals (Lei for the person addressed, lei for a third person)', () => {
	const utterances = italianUtterances();
	const capital = /(?<!^|[.?!…]\s)\b(Lei|La|Le|Sua|Suo|Sue|Suoi)\b|\p{Ll}(La|Le)\b/u;
	const lowerEnclitic = /\b(aiutar|metter|trasferir|richiamar|chiamar|passar|avvisar|dir|dar|mandar|chieder)(la|le)\b/u;

	it('finds the spoken lines', () => {
		expect(utterances.length).toBeGreaterThan(200);
	});

	it('never greets or offers help to a caller in lower case (“Come posso aiutarla?”)', () => {
		const offending = utterances
			.filter(({ text }) =>
				/\b(posso|devo|voglio|vorrei|potrei|possiamo)\s+(aiutar|metter|trasferir|richiamar|passar|avvisar)la\b/u.test(text),
			)
			.map(({ where, text }) => `${where}: ${text}`);
		expect(offending).toEqual([]);
	});

	it('never addresses the same person with both a capital and a lower-case form in one line', () => {
		const offending = utterances
			.filter(({ text }) => capital.test(text) && lowerEnclitic.test(text))
			.map(({ where, text }) => `${where}: ${text}`);
		expect(offending).toEqual([]);
	});

	it('the lines fixed in issue 13 now use the capital', () => {
		const text = utterances.map((u) => u.text).join('\n');
		expect(text).toMatch(/Come posso aiutarLa\?/);
		expect(text).toMatch(/Devo trasferirLa, purtroppo, ma Le lascio/);
		expect(text).toMatch(/prima di chiamarLa\. Non Le rubo/);
		expect(readFileSync('src/content/modules/it/agents/hold-done-right.mdx', 'utf8')).toMatch(/Posso metterLa in attesa/);
	});
});
