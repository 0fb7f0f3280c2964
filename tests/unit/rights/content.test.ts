import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { locales } from '../../../src/lib/i18n/locales';
import { rightsCountries, RightsCountrySchema, rightsTopics } from '../../../src/lib/rights/schema';

// The real rights data, checked with the schema the build uses.
const root = 'src/content/rights';
const files = readdirSync(root).filter((name) => name.endsWith('.yaml'));
const load = (file: string) => RightsCountrySchema.safeParse(parse(readFileSync(`${root}/${file}`, 'utf8')));

describe('rights finder data', () => {
	it('has one file per country the finder offers', () => {
		expect(files.map((file) => file.replace(/\.yaml$/, '')).sort()).toEqual([...rightsCountries].sort());
	});

	it.each(files)('%s matches the schema and its file name', (file) => {
		const result = load(file);
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.data?.id).toBe(file.replace(/\.yaml$/, ''));
	});

	it.each(files)('%s answers every question in every language, each with a dated primary source', (file) => {
		const country = load(file).data;
		expect(country?.answers.map((answer) => answer.topic).sort()).toEqual([...rightsTopics].sort());
		for (const answer of country?.answers ?? []) {
			for (const locale of locales) expect(answer.rule[locale].length, `${answer.topic} ${locale}`).toBeGreaterThan(40);
			expect(answer.sources.every((source) => /^\d{4}-\d{2}-\d{2}$/.test(source.checked))).toBe(true);
		}
	});
});

describe('rights finder facts a caller acts on', () => {
	const answer = (file: string, topic: string) => load(`${file}.yaml`).data?.answers.find((entry) => entry.topic === topic);
	const allText = (value: unknown): string => JSON.stringify(value);

	it('UK: stopping cold calls names the Telephone Preference Service and the ICO', () => {
		const text = allText(answer('uk', 'stop-cold-calls'));
		expect(text).toContain('Telephone Preference Service');
		expect(text).toContain('ICO');
	});

	it('US: stopping cold calls names the National Do Not Call Registry and the FTC', () => {
		const text = allText(answer('us', 'stop-cold-calls'));
		expect(text).toMatch(/National Do Not Call Registry/);
		expect(text).toContain('FTC');
	});

	it('Italy: complaining climbs from the reclamo to conciliation to a GU14 decision, and names GU5', () => {
		const steps = answer('italy', 'complain')?.steps.map((step) => step.text.en) ?? [];
		const at = (pattern: RegExp) => steps.findIndex((text) => pattern.test(text));
		expect(at(/concilia/i)).toBeGreaterThan(at(/complain/i));
		expect(at(/GU14/)).toBeGreaterThan(at(/concilia/i));
		expect(allText(answer('italy', 'complain'))).toContain('GU5');
	});

	it('France: cold calls need consent since 11 August 2026, in every language', () => {
		const rule = answer('france', 'stop-cold-calls')?.rule;
		expect(rule?.en).toMatch(/11 August 2026/);
		expect(rule?.fr).toMatch(/11\s+août\s+2026/);
		expect(rule?.it).toMatch(/11\s+agosto\s+2026/);
	});

	it('Canada: the do-not-call list takes 31 days and Quebec has its own note', () => {
		const cold = answer('canada', 'stop-cold-calls');
		expect(allText(cold)).toMatch(/31 days/);
		const quebec = load('canada.yaml').data?.answers.some((entry) => entry.regional.some((note) => /Qu[ée]bec/.test(note.region.en)));
		expect(quebec).toBe(true);
	});
});
