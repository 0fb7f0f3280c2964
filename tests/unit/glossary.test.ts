import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GlossarySchema } from '../../src/lib/glossary/schema.ts';

describe('glossary', () => {
	it('the shipped glossary is valid in every language', () => {
		const result = GlossarySchema.safeParse(parse(readFileSync('src/content/glossary.yaml', 'utf8')));
		expect(result.error?.issues ?? []).toEqual([]);
		expect(result.data?.terms.length).toBeGreaterThanOrEqual(20);
	});

	it('rejects a repeated id, naming it', () => {
		const term = { id: 'fcr', term: { en: 'a', fr: 'a', it: 'a' }, definition: { en: 'b', fr: 'b', it: 'b' } };
		const result = GlossarySchema.safeParse({ terms: [term, term] });
		expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['terms.1.id: term id "fcr" is used twice']);
	});
});
