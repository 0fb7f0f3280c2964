/**
 * Issue 13, helper B: call costs, complaint ladders, outages, the right to disconnect and the
 * call-prep sheet. Each test reads the shipped content (en, fr, it) and checks that a corrected
 * statement is there and the wrong one is gone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const locales = ['en', 'fr', 'it'] as const;
type Locale = (typeof locales)[number];
type Source = { title: string; url: string; lang?: string; checked?: string };
type Localized = Record<Locale, string>;

/** A module or tool page: its frontmatter and its body. */
function page(path: string): { data: { sources: Source[]; objectives?: string[]; takeaways?: string[] }; body: string } {
	const text = readFileSync(path, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${path}: no frontmatter`);
	return { data: parse(match[1] ?? '') as { sources: Source[] }, body: match[2] ?? '' };
}
const moduleOf = (locale: Locale, slug: string) => page(`src/content/modules/${locale}/${slug}.mdx`);
const yamlOf = <T>(path: string) => parse(readFileSync(path, 'utf8')) as T;

/** French and Italian files use no-break spaces; compare on ordinary ones. */
const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const CHECKED = '2026-12-03';

function expectCheckedSource(sources: Source[], url: string, where: string) {
	const source = sources.find((s) => s.url === url);
	expect(source, `${where}: cites ${url}`).toBeDefined();
	expect(source?.checked, `${where}: ${url} carries its checked date`).toBe(CHECKED);
}

describe('what a support call may cost', () => {
	const reg41 = 'https://www.legislation.gov.uk/uksi/2013/3134/regulation/41';

	it.each(locales)('%s: the UK has the same basic-rate rule (Consumer Contracts Regulations 2013, regulation 41)', (locale) => {
		const { data, body } = moduleOf(locale, 'callers/what-a-call-may-cost');
		expect(body).toMatch(/regulation 41/);
		expect(body).toMatch(/Consumer Contracts \(Information, Cancellation and Additional Charges\) Regulations 2013/);
		expect(flat(body)).toMatch(
			{ en: /## The United Kingdom has the same rule/, fr: /## Royaume-Uni : la même règle/, it: /## Regno Unito: la stessa regola/ }[
				locale
			],
		);
		expectCheckedSource(data.sources, reg41, locale);
	});

	it('en no longer says the rule does not apply outside the EU, full stop', () => {
		const { body } = moduleOf('en', 'callers/what-a-call-may-cost');
		expect(body).not.toMatch(/## Outside the EU/);
		expect(body).not.toMatch(/If you live elsewhere, they don’t apply as such/);
		// "Before you dial" gives the short version: the UK is named there too.
		const dial = moduleOf('en', 'callers/before-you-dial');
		expect(dial.body).toMatch(/The UK has the same basic-rate rule[^.]*regulation 41/);
		expect(dial.body).not.toMatch(/If you are outside the EU, these particular rules may not apply/);
		expectCheckedSource(dial.data.sources, reg41, 'en before-you-dial');
	});

	it.each(locales)('%s: names Free, not "some operators", for the €0.34 a minute “assistance”', (locale) => {
		const { data, body } = moduleOf(locale, 'callers/what-a-call-may-cost');
		expect(flat(body)).toMatch(
			{
				en: /\*\*Free\*\*[^\n]*€0\.34 for every minute/,
				fr: /\*\*Free\*\*[^\n]*0,34 € par minute/,
				it: /\*\*Free\*\*[^\n]*0,34 euro per ogni minuto/,
			}[locale],
		);
		expect(flat(body)).not.toMatch(
			{ en: /Some operators responded/, fr: /Free, par exemple/, it: /Alcuni operatori hanno risposto/ }[locale],
		);
		expectCheckedSource(
			data.sources,
			'https://www.quechoisir.org/actualite-tarif-de-la-hot-line-l-ufc-que-choisir-attaque-free-n6001/',
			locale,
		);
	});

	it('the quiz names Free for the €0.34 a minute in every language', () => {
		type Quiz = { questions: { id: string; options?: { id: string; feedback?: Localized }[] }[] };
		const quiz = yamlOf<Quiz>('src/content/quizzes/what-a-call-may-cost.yaml');
		const feedback = quiz.questions.find((q) => q.id === 'loi-chatel')?.options?.find((o) => o.id === 'cap')?.feedback;
		for (const locale of locales) {
			expect(feedback?.[locale], locale).toMatch(/Free/);
			expect(feedback?.[locale], locale).not.toMatch(/some operators|certains opérateurs|alcuni operatori/i);
		}
	});

	it.each(locales)('%s: explains Italian premium-rate numbers (89x) and what to do', (locale) => {
		const { data, body } = moduleOf(locale, 'callers/what-a-call-may-cost');
		for (const prefix of ['892', '895', '899']) expect(body).toContain(`**${prefix}**`);
		expect(body).toMatch(/8\/15\/CIR/);
		expect(flat(body)).toMatch(
			{
				en: /bar calls to premium numbers/,
				fr: /bloquer les appels vers les numéros surtaxés/,
				it: /sbarramento delle chiamate verso i numeri a sovrapprezzo/,
			}[locale],
		);
		expectCheckedSource(data.sources, 'https://old.agcom.it/piano-di-numerazione', locale);
	});

	it('it: a search for "numero 899" finds the cost module', () => {
		expect(moduleOf('it', 'callers/what-a-call-may-cost').body).toMatch(/numero 899/);
	});
});

describe('complaint ladders', () => {
	it.each(locales)('%s: Italy goes on past conciliation: GU14 decision, GU5 urgent measures, indennizzi', (locale) => {
		const { data, body } = moduleOf(locale, 'callers/complaint-ladders');
		const text = flat(body);
		expect(text).toMatch(/\*\*GU14\*\*/);
		expect(text).toMatch(/\*\*GU5\*\*/);
		expect(text).toMatch(/indennizz/);
		expect(text).toMatch(/347\/18\/CONS/);
		expect(text).toMatch({ en: /\*\*three months\*\*/, fr: /\*\*trois mois\*\*/, it: /\*\*tre mesi\*\*/ }[locale]);
		expect(text).toMatch(/\*\*180/);
		expect(text).toMatch({ en: /\*\*€6 for each day\*\*/, fr: /\*\*6 € par jour\*\*/, it: /\*\*6 euro per ogni giorno\*\*/ }[locale]);
		expect(text).toMatch({ en: /\*\*ten days\*\*/, fr: /\*\*dix jours\*\*/, it: /\*\*dieci giorni\*\*/ }[locale]);
		for (const url of [
			'https://www.agcom.it/come-si-svolge-la-procedura',
			'https://www.assemblea.emr.it/corecom/le-attivita/controversie/procedura-di-definizione',
			'https://www.corecomabruzzo.it/node/8465/printable/print',
		])
			expectCheckedSource(data.sources, url, locale);
	});

	it.each(locales)('%s: the UK ADR letter comes after six weeks now, not eight', (locale) => {
		const { data, body } = moduleOf(locale, 'callers/complaint-ladders');
		const text = flat(body);
		expect(text).toMatch({ en: /\*\*six weeks\*\*/, fr: /au plus tard six semaines/, it: /\*\*6 settimane\*\*/ }[locale]);
		expect(text).not.toMatch({ en: /after \*\*eight weeks\*\*/, fr: /au plus tard huit semaines/, it: /\*\*8 settimane\*\*/ }[locale]);
		expectCheckedSource(
			data.sources,
			'https://www.ofcom.org.uk/phones-and-broadband/service-quality/review-of-adr-in-the-telecoms-sector2',
			locale,
		);
	});

	it.each(locales)('%s: cites service-public.fr itself, not a mirror, for the French mediator', (locale) => {
		const { data } = moduleOf(locale, 'callers/complaint-ladders');
		expectCheckedSource(data.sources, 'https://www.service-public.fr/particuliers/vosdroits/F14373', locale);
		expect(data.sources.map((s) => s.url).join(' ')).not.toMatch(/breurey\.fr/);
	});

	it('no module still gives eight weeks as the UK wait for the ADR letter', () => {
		const stale =
			/after eight weeks|after \*\*eight weeks\*\*|au bout de huit semaines|au plus tard huit semaines|dopo \*\*8 settimane\*\*|dopo otto settimane/;
		const files = readdirSync('src/content/modules', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
		const offending = files.filter((file) => stale.test(flat(readFileSync(`src/content/modules/${file}`, 'utf8'))));
		expect(offending).toEqual([]);
	});

	it('the quiz and the glossary give six weeks for the UK, and the quiz names the GU14', () => {
		type Quiz = { questions: { id: string; pairs?: { id: string; right: Localized }[]; explanation: Localized }[] };
		const quiz = yamlOf<Quiz>('src/content/quizzes/complaint-ladders.yaml');
		const uk = quiz.questions.find((q) => q.id === 'country-bodies')?.pairs?.find((p) => p.id === 'uk')?.right;
		const court = quiz.questions.find((q) => q.id === 'conciliaweb-court')?.explanation;
		type Glossary = { terms: { id: string; definition: Localized }[] };
		const ladder = yamlOf<Glossary>('src/content/glossary.yaml').terms.find((t) => t.id === 'complaint-ladder')?.definition;
		for (const locale of locales) {
			expect(uk?.[locale], locale).toMatch(/6/);
			expect(uk?.[locale], locale).not.toMatch(/8/);
			expect(court?.[locale], locale).toMatch(/GU14/);
			expect(ladder?.[locale], locale).toMatch(/six weeks|six semaines|sei settimane/);
		}
	});
});

describe('before you blame the agent (outage role-play)', () => {
	type Choice = { id: string; score?: Record<string, number>; feedback?: Localized };
	type Scenario = { nodes: Record<string, { choices?: Choice[] }> };
	const choices = Object.values(yamlOf<Scenario>('src/content/scenarios/blame-the-agent.yaml').nodes).flatMap((node) => node.choices ?? []);

	it('never marks a caller down for calmly complaining or claiming for the lost days', () => {
		const calm = ['calm-impact', 'ask-comp', 'ask-route', 'log-it', 'log-now', 'log-now-leader', 'brief-sara', 'later', 'later-leader'];
		for (const id of calm) {
			const choice = choices.find((c) => c.id === id);
			expect(choice, id).toBeDefined();
			const total = Object.values(choice?.score ?? {}).reduce((sum, value) => sum + value, 0);
			expect(total, id).toBeGreaterThan(0);
			expect(choice?.score?.['courtesy'] ?? 0, id).toBeGreaterThanOrEqual(0);
		}
	});

	it('says compensation is a right and where it is claimed (indennizzi, then conciliation and GU14)', () => {
		const askComp = choices.find((c) => c.id === 'ask-comp')?.feedback;
		const logNow = choices.find((c) => c.id === 'log-now')?.feedback;
		for (const locale of locales) {
			expect(askComp?.[locale], locale).toMatch(/AGCOM/);
			expect(logNow?.[locale], locale).toMatch(/GU14/);
		}
		expect(askComp?.en).toMatch(/it’s your right/);
	});
});

describe('right to disconnect in Italy', () => {
	const normattiva = 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legge:2021-03-13;30';

	it.each(locales)('%s: the modules name law 61/2021 (decree-law 30/2021, art. 2, para. 1-ter)', (locale) => {
		for (const slug of ['wellbeing/asking-for-support', 'trainers/wellbeing-aware-team']) {
			const { data, body } = moduleOf(locale, slug);
			const text = flat(body);
			expect(text, slug).toMatch(/61\/2021/);
			expect(text, slug).toMatch(/1-ter/);
			expect(text, slug).not.toMatch(/leaves the (right|details) vague|reste vague|en termes assez vagues|piuttosto vago/);
			expectCheckedSource(data.sources, normattiva, `${locale}/${slug}`);
		}
	});

	it('the glossary entry and the quiz name law 61/2021 in every language', () => {
		type Glossary = { terms: { id: string; definition: Localized }[] };
		const entry = yamlOf<Glossary>('src/content/glossary.yaml').terms.find((t) => t.id === 'right-to-disconnect')?.definition;
		type Quiz = { questions: { id: string; pairs?: { id: string; right: Localized }[] }[] };
		const italy = yamlOf<Quiz>('src/content/quizzes/asking-for-support.yaml')
			.questions.find((q) => q.id === 'disconnect')
			?.pairs?.find((p) => p.id === 'italy')?.right;
		for (const locale of locales) {
			expect(entry?.[locale], locale).toMatch(/61\/2021/);
			expect(entry?.[locale], locale).not.toMatch(/\bvague\b|reste flou|in termini vaghi/);
			expect(italy?.[locale], locale).toMatch(/61\/2021/);
		}
	});
});

describe('call-prep sheet', () => {
	const bodies = [
		['France', 'https://www.mediateur-telecom.fr/'],
		['Italy', 'https://conciliaweb.agcom.it/'],
		['United Kingdom', 'https://www.ofcom.org.uk/phones-telecoms-and-internet/how-to-report-a-complaint/dispute-resolution'],
	] as const;

	it.each(locales)('%s: cites and links a French, an Italian and a UK complaint body, dated', (locale) => {
		const { data, body } = page(`src/content/tools/${locale}/prep-sheet.md`);
		for (const [country, url] of bodies) {
			expectCheckedSource(data.sources, url, `${locale} ${country}`);
			expect(body, `${locale} links ${country}`).toContain(`](${url})`);
		}
		expect(flat(body)).toMatch(/médiateur des communications électroniques/);
		expect(body).toMatch(/ConciliaWeb/);
		expect(body).toMatch(/Communications Ombudsman/);
		expect(body).toMatch(/CISAS/);
	});
});
