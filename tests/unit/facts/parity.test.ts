import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 13, parity: the French and Italian modules teach with as many worked examples as the English
// ones, and the French and Italian "Kindness works both ways" keep the English closing section.

const root = 'src/content/modules';
const slugs = readdirSync(join(root, 'en'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

const body = (lang: string, slug: string) => readFileSync(join(root, lang, slug), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

/**
 * Worked-example lines: what someone says, or writes, in an example. Counted as
 * - every line of a `<Dialogue>` and every model answer of a `<SayItBetter>` (issue 14),
 * - every non-empty blockquote line (a turn of dialogue, a note, a caller card), and
 * - every list item that opens with a quoted sentence, after an optional bold label
 *   (- "I spotted the duplicate charge before she did.", - **A note on your file** : « … »).
 * A quoted title ("The first ten seconds", …) is not a sentence: it does not end with . ? ! or …
 */
function exampleLines(text: string): string[] {
	return text.split('\n').filter((line) => {
		if (/^>\s*\S/.test(line) || /^<(?:Line|Model)\b/.test(line)) return true;
		const item = /^\s*(?:[-*]|\d+\.)\s+(?:\*\*[^*]+\*\*\s*:?\s*)?[«“"]\s*([^»”"]+?)\s*[»”"]/.exec(line);
		return item !== null && /[.?!…]$/.test(item[1] ?? '');
	});
}

// Modules another helper owned this session (issue 13): their French and Italian examples are for the
// lead to bring level. Listed here so the gap stays visible; remove a line once it passes.

describe('worked examples: French and Italian keep at least 80% of the English count, module by module', () => {
	it('counts the English examples', () => {
		const total = slugs.reduce((sum, slug) => sum + exampleLines(body('en', slug)).length, 0);
		expect(total).toBeGreaterThan(80);
	});

	it('recognises the kinds of example line the modules use, and ignores quoted titles', () => {
		const sample = [
			'> Agent: "Thanks, Mr Okafor."',
			'>',
			'- **Include your part.** "I spotted the duplicate charge before she did."',
			'- **Une note au dossier**\u00a0: «\u00a0Pouvez-vous noter que je demande que mon dossier remonte\u00a0?\u00a0»',
			'1. «Posso avere il Suo nome e un numero di riferimento?»',
			'- **New inbound agents:** "The first ten seconds", "Hold, done right"',
			'Plain prose with "a quote." inside.',
			'<Line who="caller">“I’ve explained this twice already.”</Line>',
			'<Model>I can hear this has gone on far too long.</Model>',
			'<Point>Names what the caller feels</Point>',
		].join('\n');
		expect(exampleLines(sample)).toHaveLength(6);
	});

	for (const lang of ['fr', 'it'] as const) {
		for (const slug of slugs) {
			const key = `${lang}/${slug}`;
			it(`${key}`, () => {
				const english = exampleLines(body('en', slug)).length;
				const translated = exampleLines(body(lang, slug)).length;
				expect(translated, `${english} in English`).toBeGreaterThanOrEqual(Math.ceil(english * 0.8));
			});
		}
	}
});

describe('Kindness works both ways: the closing section is there in every language', () => {
	const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

	it('English: what the caller may expect in return, and what to do about a rude agent', () => {
		const text = body('en', 'callers/kindness-both-ways.mdx');
		expect(text).toMatch(/^## What you can expect in return$/m);
		expect(text).toMatch(/if an agent is rude to you, you’re entitled to ask for their name, end the call and complain/);
	});

	it('French: « Ce que vous pouvez attendre en retour », then how to deal with a disrespectful agent', () => {
		const text = normalise(body('fr', 'callers/kindness-both-ways.mdx'));
		expect(text).toMatch(/^## Ce que vous pouvez attendre en retour$/m);
		// The five things a good agent does, as in English.
		expect(text).toMatch(/se présente clairement, avec son prénom/);
		expect(text).toMatch(/vous demande votre accord avant de vous mettre en attente/);
		expect(text).toMatch(/ne vous renvoie pas d’un service à l’autre/);
		expect(text).toMatch(/quand la réponse est non/);
		expect(text).toMatch(/une référence et une prochaine étape datée/);
		// And the complaint route about a rude agent.
		expect(text).toMatch(/^## Et si c’est l’agent qui manque de respect \?$/m);
		expect(text).toMatch(/Pouvez-vous me donner votre prénom et la référence de l’appel \?/);
		expect(text).toMatch(/mettez fin à l’appel poliment/);
		expect(text).toMatch(/écrivez au service client/);
		expect(text).toMatch(/contrat à deux, pas un devoir à sens unique/);
	});

	it('Italian: «Che cosa può aspettarsi in cambio», then how to deal with a disrespectful agent', () => {
		const text = body('it', 'callers/kindness-both-ways.mdx');
		expect(text).toMatch(/^## Che cosa può aspettarsi in cambio$/m);
		expect(text).toMatch(/si presenta in modo chiaro, con il proprio nome/);
		expect(text).toMatch(/Le chiede il permesso prima di metterLa in attesa/);
		expect(text).toMatch(/non La fa rimbalzare da un reparto all’altro/);
		expect(text).toMatch(/quando la risposta è no/);
		expect(text).toMatch(/numero di riferimento e un passo successivo con una data/);
		expect(text).toMatch(/^## Se è l’operatore a mancare di rispetto$/m);
		expect(text).toMatch(/Mi dice il Suo nome e il numero di riferimento della chiamata\?/);
		expect(text).toMatch(/chiuda la chiamata con educazione/);
		expect(text).toMatch(/scriva al servizio clienti/);
		expect(text).toMatch(/patto a due, non un dovere a senso unico/);
	});
});
