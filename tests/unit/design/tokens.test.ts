import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, luminance, themes } from './contrast.ts';

const read = (file: string) => readFileSync(new URL(`../../../src/styles/${file}`, import.meta.url), 'utf8');
const site = themes(read('tokens.css'));
const drawings = themes(read('illustrations.css'));
// The illustrations' colours come on top of the site's, on the pages that have drawings.
const light = { ...site.light, ...drawings.light };
const dark = { ...site.dark, ...drawings.dark };

/** The colour roles of the design-system contract, with the on-colour and soft background of each. */
const roles = [
	{ role: 'accent', on: 'accent-contrast', soft: 'accent-soft' },
	{ role: 'danger', on: 'on-danger', soft: 'danger-soft' },
	{ role: 'success', on: 'on-success', soft: 'success-soft' },
	{ role: 'warning', on: 'on-warning', soft: 'warning-soft' },
] as const;

const backgrounds = ['bg', 'surface', 'surface-sunken'] as const;
const softs = roles.map((r) => r.soft);

describe('the contrast function', () => {
	it('gives the known extremes and is symmetric', () => {
		expect(luminance('#ffffff')).toBeCloseTo(1);
		expect(luminance('#000')).toBeCloseTo(0);
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(contrast('#ffffff', '#777777')).toBe(contrast('#777777', '#ffffff'));
	});
});

describe.each([
	['light', light],
	['dark', dark],
] as const)('the %s theme', (_name, tokens) => {
	const colour = (name: string) => {
		const value = tokens[name];
		if (!value) throw new Error(`--${name} is not defined`);
		return value;
	};

	it('defines every role of the contract', () => {
		for (const { role, on, soft } of roles) for (const name of [role, on, soft]) expect(tokens).toHaveProperty(name);
		for (const name of ['text', 'muted', 'border', 'border-strong', 'surface', 'bg', 'focus-ring', 'radius', 'space']) {
			expect(tokens).toHaveProperty(name);
		}
	});

	it('keeps body and muted text readable (≥ 4.5:1) on every background, soft ones included', () => {
		for (const fg of ['text', 'muted']) {
			for (const bg of [...backgrounds, ...softs]) {
				expect(contrast(colour(fg), colour(bg)), `--${fg} on --${bg}`).toBeGreaterThanOrEqual(4.5);
			}
		}
	});

	it('makes each role readable as text (≥ 4.5:1) on the page, on surfaces and on its soft background', () => {
		for (const { role, soft } of roles) {
			for (const bg of [...backgrounds, soft]) {
				expect(contrast(colour(role), colour(bg)), `--${role} on --${bg}`).toBeGreaterThanOrEqual(4.5);
			}
		}
	});

	it('gives each filled role an on-colour with ≥ 4.5:1 (a danger button is readable)', () => {
		for (const { role, on } of roles) {
			expect(contrast(colour(on), colour(role)), `--${on} on --${role}`).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('keeps links (the accent) readable inside every callout', () => {
		for (const soft of softs) {
			expect(contrast(colour('accent'), colour(soft)), `--accent on --${soft}`).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('draws control borders and the focus ring at ≥ 3:1 against the page and surfaces', () => {
		for (const fg of ['border-strong', 'focus-ring']) {
			for (const bg of backgrounds) {
				expect(contrast(colour(fg), colour(bg)), `--${fg} on --${bg}`).toBeGreaterThanOrEqual(3);
			}
		}
	});

	it('keeps the focus ring apart from the error colour', () => {
		expect(colour('focus-ring')).not.toBe(colour('danger'));
		expect(colour('focus-ring')).not.toBe(colour('accent'));
	});

	it('draws the illustrations’ second colour at ≥ 3:1 against the page', () => {
		for (const bg of backgrounds) expect(contrast(colour('accent-2'), colour(bg))).toBeGreaterThanOrEqual(3);
	});
});
