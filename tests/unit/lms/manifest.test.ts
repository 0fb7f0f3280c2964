import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cmi5Course, scormManifest } from '../../../src/lib/lms/manifest.ts';
import type { PackageDescription } from '../../../src/lib/lms/package-description.ts';
import { validateManifest } from '../../../src/lib/lms/validate-manifest.ts';

const pkg: PackageDescription = {
	format: 'scorm12',
	id: 'both-ends.en.module.agents.hold-done-right',
	lang: 'en',
	kind: 'module',
	titles: {
		en: 'Tom & Jerry <"quoted"> « l’attesa »',
		fr: 'L’appel « en attente » & <rappel>',
		it: 'Mettere in attesa: «\u00a0l’attesa\u00a0» & "risposta"',
	},
	descriptions: {
		en: 'Putting a caller on hold & coming back.',
		fr: 'Mettre un appelant en attente & revenir.',
		it: 'Mettere in attesa chi chiama & tornare.',
	},
	launch: 'index.html',
	mastery: 0.8,
	items: [],
	site: 'https://both-ends.example.org/',
};

const files = ['index.html', 'lms.json', 'en/agents/hold-done-right/index.html', '_astro/page.abc123.js', 'pagefind/pagefind.js'];

const dir = mkdtempSync(join(tmpdir(), 'lms-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, xml: string): string {
	const file = join(dir, name);
	writeFileSync(file, xml);
	return file;
}

/**
 * The string value of an XPath over `file`, read back by xmllint's XML parser (elements named by
 * `local-name()`: the files use default namespaces). xmllint ends its answer with a newline.
 */
function xpath(file: string, expression: string): string {
	return execFileSync('xmllint', ['--nonet', '--xpath', `string(${expression})`, file], { encoding: 'utf8' }).replace(/\n$/, '');
}

describe('scormManifest', () => {
	const xml = scormManifest(pkg, files);
	const file = write('imsmanifest.xml', xml);

	it('is valid against the SCORM 1.2 schemas', () => {
		expect(validateManifest(file, 'scorm12')).toEqual({ ok: true });
	});

	it('has one item, one SCO launched at pkg.launch, listing every file', () => {
		expect(xml.match(/<item /g)).toHaveLength(1);
		expect(xml).toContain(
			'<resource identifier="both-ends.en.module.agents.hold-done-right.sco" type="webcontent" adlcp:scormtype="sco" href="index.html">',
		);
		expect([...xml.matchAll(/<file href="([^"]*)"\/>/g)].map((match) => match[1])).toEqual(files);
	});

	it('gives the mastery score in percent', () => {
		expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
	});

	it('escapes the title, which parses back unchanged', () => {
		expect(xml).toContain('<title>Tom &amp; Jerry &lt;&quot;quoted&quot;&gt; « l’attesa »</title>');
		expect(xpath(file, '//*[local-name()="organization"]/*[local-name()="title"]')).toBe(pkg.titles.en);
	});

	it('turns any package id into valid XML identifiers', () => {
		const odd = write('odd-imsmanifest.xml', scormManifest({ ...pkg, id: '9 lives/à la carte' }, files));
		expect(validateManifest(odd, 'scorm12')).toEqual({ ok: true });
	});

	it('is rejected with the file named when the mastery score is out of place', () => {
		const masteryscore = '\t\t\t\t<adlcp:masteryscore>80</adlcp:masteryscore>\n';
		const misplaced = xml.replace(masteryscore, '').replace('\t\t\t\t<title>', `${masteryscore}\t\t\t\t<title>`);
		expect(misplaced).not.toBe(xml);
		const bad = write('misplaced-imsmanifest.xml', misplaced);
		const result = validateManifest(bad, 'scorm12');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toContain(bad);
		expect(!result.ok && result.message).toContain("imscp_rootv1p1p2}title': This element is not expected");
		expect(!result.ok && result.message).not.toContain('ims_xml.xsd');
	});
});

describe('cmi5Course', () => {
	const xml = cmi5Course({ ...pkg, format: 'cmi5' });
	const file = write('cmi5.xml', xml);

	it('is valid against the cmi5 course structure schema', () => {
		expect(validateManifest(file, 'cmi5')).toEqual({ ok: true });
	});

	it('identifies the course by an IRI under the site, with one AU launched at pkg.launch', () => {
		const course = 'https://both-ends.example.org/xapi/courses/both-ends.en.module.agents.hold-done-right';
		expect(xml).toContain(`<course id="${course}">`);
		expect(xml).toContain(`<au id="${course}/au" moveOn="CompletedAndPassed" masteryScore="0.8" launchMethod="AnyWindow">`);
		expect(xml.match(/<au /g)).toHaveLength(1);
		expect(xpath(file, '//*[local-name()="au"]/*[local-name()="url"]')).toBe('index.html');
	});

	it('carries the title and description in all three languages, escaped and parsed back unchanged', () => {
		for (const element of ['course', 'au']) {
			for (const lang of ['en', 'fr', 'it'] as const) {
				const langstring = (field: string) =>
					`//*[local-name()="${element}"]/*[local-name()="${field}"]/*[local-name()="langstring"][@lang="${lang}"]`;
				expect(xpath(file, langstring('title'))).toBe(pkg.titles[lang]);
				expect(xpath(file, langstring('description'))).toBe(pkg.descriptions[lang]);
			}
		}
		expect(xml).toContain('<langstring lang="en">Tom &amp; Jerry &lt;&quot;quoted&quot;&gt; « l’attesa »</langstring>');
	});

	it('is rejected with the file named when moveOn is not a cmi5 value', () => {
		const wrong = xml.replace('moveOn="CompletedAndPassed"', 'moveOn="Sometimes"');
		expect(wrong).not.toBe(xml);
		const bad = write('wrong-cmi5.xml', wrong);
		const result = validateManifest(bad, 'cmi5');
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toContain(bad);
		expect(!result.ok && result.message).toContain("attribute 'moveOn': [facet 'enumeration'] The value 'Sometimes'");
	});
});

describe('mastery', () => {
	it('is the same rounded pass mark in both formats', () => {
		const twoThirds = { ...pkg, mastery: 2 / 3 };
		expect(scormManifest(twoThirds, files)).toContain('<adlcp:masteryscore>67</adlcp:masteryscore>');
		expect(cmi5Course(twoThirds)).toContain('masteryScore="0.67"');
	});

	it('must be a share between 0 and 1', () => {
		expect(() => scormManifest({ ...pkg, mastery: 80 }, files)).toThrow(RangeError);
		expect(() => cmi5Course({ ...pkg, mastery: Number.NaN })).toThrow(RangeError);
	});
});
