/**
 * The files an LMS reads to import a package: SCORM 1.2's `imsmanifest.xml` and cmi5's `cmi5.xml`,
 * written from the packager's `PackageDescription` and checked against the official schemas by
 * `validate-manifest.ts`.
 */
import { locales, type Locale } from '../i18n/locales.ts';
import type { PackageDescription } from './package-description.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value made safe for XML. Other characters (’, «) stay as they are: the files are UTF-8. */
function escapeXml(value: string): string {
	return value.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** A package id as an XML ID (an NCName): characters an NCName cannot hold become `_`, and `_` goes first if it must. */
function xmlId(value: string): string {
	const name = value.replace(/[^A-Za-z0-9._-]/g, '_');
	return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/**
 * The pass mark in whole percent. SCORM 1.2 can only say whole percent, so cmi5 gets the same
 * rounded mark (`percent / 100`): a learner passes at the same score in both formats.
 */
function masteryPercent(mastery: number): number {
	if (!(mastery >= 0 && mastery <= 1)) throw new RangeError(`mastery must be between 0 and 1, got ${mastery}`);
	return Math.round(mastery * 100);
}

/**
 * SCORM 1.2 `imsmanifest.xml`: one organization with one item, one SCO. The LMS launches the
 * package once; its `pkg.launch` page keeps the LMS session while the learner moves between pages,
 * so every file in `files` (relative to the package root, `/`-separated) belongs to that one resource.
 * Its `xsi:schemaLocation` names the schema files at the package root, where SCORM 1.2 packages ship them.
 */
export function scormManifest(pkg: PackageDescription, files: string[]): string {
	const id = xmlId(pkg.id);
	const title = escapeXml(pkg.titles[pkg.lang]);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<manifest identifier="${id}" version="1"` +
			' xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"' +
			' xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"' +
			' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
			' xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd' +
			' http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd' +
			' http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
		'\t<metadata>',
		'\t\t<schema>ADL SCORM</schema>',
		'\t\t<schemaversion>1.2</schemaversion>',
		'\t</metadata>',
		`\t<organizations default="${id}.org">`,
		`\t\t<organization identifier="${id}.org">`,
		`\t\t\t<title>${title}</title>`,
		`\t\t\t<item identifier="${id}.item" identifierref="${id}.sco" isvisible="true">`,
		`\t\t\t\t<title>${title}</title>`,
		`\t\t\t\t<adlcp:masteryscore>${masteryPercent(pkg.mastery)}</adlcp:masteryscore>`,
		'\t\t\t</item>',
		'\t\t</organization>',
		'\t</organizations>',
		'\t<resources>',
		`\t\t<resource identifier="${id}.sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(pkg.launch)}">`,
		...files.map((file) => `\t\t\t<file href="${escapeXml(file)}"/>`),
		'\t\t</resource>',
		'\t</resources>',
		'</manifest>',
		'',
	].join('\n');
}

/** A cmi5 `title` or `description`: one `langstring` per site language, whatever the package's language. */
function langstrings(element: 'title' | 'description', texts: Record<Locale, string>, indent: string): string[] {
	return [
		`${indent}<${element}>`,
		...locales.map((lang) => `${indent}\t<langstring lang="${lang}">${escapeXml(texts[lang])}</langstring>`),
		`${indent}</${element}>`,
	];
}

/**
 * cmi5 `cmi5.xml`: the course and its one AU, the launch page. Titles and descriptions carry all
 * three languages so an LMS can show the learner's own. The AU moves on once completed and passed
 * at `pkg.mastery`.
 */
export function cmi5Course(pkg: PackageDescription): string {
	const courseIri = `${pkg.site.replace(/\/+$/, '')}/xapi/courses/${pkg.id}`;
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
		`\t<course id="${escapeXml(courseIri)}">`,
		...langstrings('title', pkg.titles, '\t\t'),
		...langstrings('description', pkg.descriptions, '\t\t'),
		'\t</course>',
		`\t<au id="${escapeXml(`${courseIri}/au`)}" moveOn="CompletedAndPassed" masteryScore="${masteryPercent(pkg.mastery) / 100}" launchMethod="AnyWindow">`,
		...langstrings('title', pkg.titles, '\t\t'),
		...langstrings('description', pkg.descriptions, '\t\t'),
		`\t\t<url>${escapeXml(pkg.launch)}</url>`,
		'\t</au>',
		'</courseStructure>',
		'',
	].join('\n');
}
