import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Issue 13, cold calls: the corrected rules must be stated, and the wrong ones gone, in every language.
// Checked against: Légifrance (Code de la consommation, art. L223-1 as rewritten by the law of 30 June 2025),
// vie-publique.fr, lnnte-dncl.gc.ca, crtc.gc.ca, tpsonline.org.uk, ico.org.uk, donotcall.gov (FTC).

const langs = ['en', 'fr', 'it'] as const;
type Lang = (typeof langs)[number];
type Source = { title: string; url: string; lang?: string; checked?: string };

const modulesRoot = 'src/content/modules';

function readModule(lang: Lang, path: string) {
	const text = readFileSync(join(modulesRoot, lang, path), 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${lang}/${path}: no frontmatter`);
	const frontmatter = parse(match[1] ?? '') as { sources: Source[]; takeaways: string[]; objectives: string[] };
	// Typography varies (no-break spaces, curly apostrophes): normalise both for the regexes below.
	const body = (match[2] ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'");
	const front = [...frontmatter.takeaways, ...frontmatter.objectives]
		.join('\n')
		.replace(/[\u00a0\u202f]/g, ' ')
		.replace(/’/g, "'");
	return { frontmatter, body, all: `${front}\n${body}` };
}

const coldCalls = (lang: Lang) => readModule(lang, 'callers/cold-calls-your-rights.mdx');
const outbound = (lang: Lang) => readModule(lang, 'agents/outbound-rules.mdx');

const normalise = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'");

type Localized = Record<Lang, string>;
const glossary = parse(readFileSync('src/content/glossary.yaml', 'utf8')) as {
	terms: { id: string; definition: Localized; source?: string }[];
};
const term = (id: string) => {
	const entry = glossary.terms.find((t) => t.id === id);
	if (!entry) throw new Error(`no glossary term ${id}`);
	return entry;
};
const quizText = (id: string) => normalise(readFileSync(`src/content/quizzes/${id}.yaml`, 'utf8'));

describe('cold calls: every country’s free register is named', () => {
	it.each(langs)('%s cold-call module names the UK TPS (ICO) and the US National Do Not Call Registry (FTC)', (lang) => {
		const { body } = coldCalls(lang);
		expect(body).toMatch(/Telephone Preference Service/);
		expect(body).toMatch(/TPS/);
		expect(body).toMatch(/\bICO\b/);
		expect(body).toMatch(/National Do Not Call Registry/);
		expect(body).toMatch(/\bFTC\b/);
		expect(body).toMatch(/donotcall\.gov/);
	});

	it('English no longer says only three countries run a list', () => {
		const { body } = coldCalls('en');
		expect(body).not.toMatch(/Three of these countries/);
		expect(body).toMatch(/Four of these countries run a free national list/);
	});

	it.each(langs)('%s outbound-rules module names the TPS and the US registry', (lang) => {
		const { body } = outbound(lang);
		expect(body).toMatch(/Telephone Preference Service/);
		expect(body).toMatch(/National Do Not Call Registry/);
	});

	it.each(langs)('the %s glossary entry on do-not-call lists names the TPS and the US registry', (lang) => {
		const text = term('do-not-call-list').definition[lang];
		expect(text).toMatch(/Telephone Preference Service \(TPS\)/);
		expect(text).toMatch(/National Do Not Call Registry/);
	});

	it('the cold-call quiz matches the UK and US registers', () => {
		const quiz = quizText('cold-calls-your-rights');
		expect(quiz).toMatch(/Telephone Preference Service \(UK\)/);
		expect(quiz).toMatch(/National Do Not Call Registry \(US\)/);
	});
});

describe('France: the consent rule is in force since 11 August 2026, with a narrow contract exception', () => {
	it.each(langs)('%s modules state the rule in the present, from 11 August 2026', (lang) => {
		const since = { en: /[Ss]ince \*{0,2}11 August 2026/, fr: /[Dd]epuis le \*{0,2}11 août 2026/, it: /[Dd]all'\*{0,2}11 agosto 2026/ }[
			lang
		];
		for (const module of [coldCalls(lang), outbound(lang)]) expect(module.all).toMatch(since);
	});

	it('no future tense or "soon" for the consent rule, and no "Bloctel as the rules tighten"', () => {
		const en = `${coldCalls('en').all}\n${outbound('en').all}`;
		const fr = `${coldCalls('fr').all}\n${outbound('fr').all}`;
		const it = `${coldCalls('it').all}\n${outbound('it').all}`;
		expect(en).not.toMatch(/as the rules tighten/);
		expect(en).not.toMatch(/from \*{0,2}11 August 2026/);
		expect(en).not.toMatch(/goes further: from/);
		expect(fr).not.toMatch(/bientôt le consentement/);
		expect(fr).not.toMatch(/En attendant/);
		expect(fr).not.toMatch(/à partir du \*{0,2}11 août 2026/);
		expect(fr).not.toMatch(/n'aura plus le droit/);
		expect(it).not.toMatch(/servirà il consenso/);
	});

	it('the quizzes ask about the rule in the present', () => {
		const outboundQuiz = quizText('outbound-rules');
		expect(outboundQuiz).not.toMatch(/What changes in France from 11 August 2026/);
		expect(outboundQuiz).not.toMatch(/Que change, à partir du 11 août 2026/);
		expect(outboundQuiz).toMatch(/since 11 August 2026/);
		// Claire's story no longer rests on her being registered on Bloctel.
		expect(quizText('cold-calls-your-rights')).not.toMatch(/is registered on Bloctel|est inscrite sur Bloctel|è iscritta a Bloctel/);
		expect(quizText('cold-calls-your-rights')).toMatch(/never agreed to sales calls/);
	});

	it.each(langs)('%s modules tie the contract exception to what the contract covers', (lang) => {
		const related = {
			en: /related to what it covers/,
			fr: /(a un rapport avec (ce que couvre ce contrat|son objet))/,
			it: /legat[ae] al suo oggetto/,
		}[lang];
		for (const module of [coldCalls(lang), outbound(lang)]) expect(module.body).toMatch(related);
		// The old, wider wording is gone.
		expect(outbound('en').body).not.toMatch(/except in connection with an existing contract/);
	});

	it.each(langs)('%s modules cite the consumer code article on Légifrance, checked', (lang) => {
		for (const module of [coldCalls(lang), outbound(lang)]) {
			const source = module.frontmatter.sources.find((s) => s.url.startsWith('https://www.legifrance.gouv.fr/'));
			expect(source?.title).toMatch(/L223-1/);
			expect(source?.checked).toBe('2026-12-03');
		}
	});

	it('does not present Bloctel as a list you still need to join in France', () => {
		expect(coldCalls('en').body).not.toMatch(/France: Bloctel\./);
		expect(coldCalls('fr').body).not.toMatch(/## En France : Bloctel/);
		expect(quizText('cold-calls-your-rights')).not.toMatch(/Bloctel \((France|Francia)\)/);
	});
});

describe('Italy: joining the Registro revokes earlier consents, except under a current contract', () => {
	const wrong = /cancels earlier|cancels the marketing consents|annule les consentements|annulla i consensi|cancella perfino i consensi/;
	const exception = {
		en: /(except|with one exception)[^.]*contract/,
		fr: /sauf ceux[^.]*contrat|exception[^.]*contrat/,
		it: /(tranne quelli|[Rr]estano validi i consensi)[^.]*contratto/,
	};

	it.each(langs)('%s modules state the exception and drop "cancels"', (lang) => {
		for (const module of [coldCalls(lang), outbound(lang)]) {
			expect(module.all).not.toMatch(wrong);
			expect(module.body).toMatch(exception[lang]);
		}
	});

	it.each(langs)('the %s glossary entry states the exception', (lang) => {
		const text = normalise(term('do-not-call-list').definition[lang]);
		expect(text).not.toMatch(wrong);
		expect(text).toMatch(exception[lang]);
	});

	it('the quiz no longer says registration cancels earlier consents', () => {
		const quiz = quizText('cold-calls-your-rights');
		expect(quiz).not.toMatch(wrong);
		expect(quiz).toMatch(/except those under a current contract/);
		expect(quiz).toMatch(/sauf ceux d'un contrat en cours/);
		expect(quiz).toMatch(/tranne quelli di un contratto in corso/);
	});
});

describe('Canada: a processing window, and the current CRTC rules as the source', () => {
	it('Italian no longer says the company must stop "da quel momento"', () => {
		expect(coldCalls('it').body).not.toMatch(/da quel momento/);
		expect(outbound('it').body).not.toMatch(/da quel momento/);
	});

	it.each(langs)('%s cold-call module explains the 31 days as the time telemarketers have to update their lists', (lang) => {
		const window = {
			en: /31 days\*{0,2} after you register: that is the time telemarketers have to update their lists/,
			fr: /31 jours plus tard : c'est le délai dont disposent les télévendeurs pour mettre leurs listes à jour/,
			it: /31 giorni\*{0,2} dopo: è il tempo che le aziende di telemarketing hanno per aggiornare le loro liste/,
		}[lang];
		expect(coldCalls(lang).body).toMatch(window);
	});

	const archived = /wayback\.archive-it\.org|dt2004-35|Decision 2004-35|décision 2004-35|decisione 2004-35/i;

	it('no module cites the archived 2004 CRTC decision', () => {
		const files = readdirSync(modulesRoot, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
		const citing = files.filter((file) => archived.test(readFileSync(join(modulesRoot, file), 'utf8')));
		expect(citing).toEqual([]);
	});

	it.each(langs)('%s cold-call and outbound modules cite the current CRTC rules page, checked', (lang) => {
		for (const module of [coldCalls(lang), outbound(lang)]) {
			const source = module.frontmatter.sources.find((s) => s.url === 'https://crtc.gc.ca/eng/trules-reglest.htm');
			expect(source?.checked).toBe('2026-12-03');
		}
	});

	it('the glossary no longer cites the archived decision', () => {
		expect(archived.test(JSON.stringify(term('predictive-dialler')))).toBe(false);
		expect(term('predictive-dialler').source).toBe('https://crtc.gc.ca/eng/trules-reglest.htm');
	});
});

describe('UK: the undated "1.5 billion silent calls" figure is gone', () => {
	const figure = /1[.,]5 (billion|milliard|miliardi)/;

	it.each(langs)('%s modules and glossary drop it', (lang) => {
		expect(coldCalls(lang).all).not.toMatch(figure);
		expect(outbound(lang).all).not.toMatch(figure);
		expect(normalise(term('silent-call').definition[lang])).not.toMatch(figure);
	});
});
