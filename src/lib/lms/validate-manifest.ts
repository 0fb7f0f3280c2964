/**
 * Checks a written manifest against the official schema of its format with `xmllint`, offline:
 * the schemas are copies in `tests/fixtures/lms-schemas/` that import one another by relative path,
 * and `--nonet` keeps xmllint from fetching anything, so a schema that wanted the network would fail.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LmsFormat } from './package-description.ts';

/**
 * The schema each format is validated against. For SCORM 1.2 it is ADL's `adlcp_rootv1p2.xsd`:
 * it imports IMS's content packaging schema, so one file covers both namespaces a manifest uses.
 */
const schemas: Record<LmsFormat, string> = {
	scorm12: fileURLToPath(new URL('../../../tests/fixtures/lms-schemas/scorm12/adlcp_rootv1p2.xsd', import.meta.url)),
	cmi5: fileURLToPath(new URL('../../../tests/fixtures/lms-schemas/cmi5/CourseStructure.xsd', import.meta.url)),
};

export type ManifestValidation = { ok: true } | { ok: false; message: string };

/**
 * Validates `file` (an `imsmanifest.xml` or `cmi5.xml`); a failure's message names the file and
 * gives xmllint's lines about it. Only those: IMS's `ims_xml.xsd` binds the `xml` namespace as a
 * default namespace, which libxml2 warns about on every run, though the schema still compiles. When
 * no line names the file (the schema did not compile, the file could not be read), all of xmllint's output is given.
 */
export function validateManifest(file: string, format: LmsFormat): ManifestValidation {
	const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schemas[format], file], { encoding: 'utf8' });
	if (result.error)
		return {
			ok: false,
			message: `${file}: could not run xmllint (${result.error.message}); it comes with libxml2 (Debian: apt-get install libxml2-utils)`,
		};
	if (result.status === 0) return { ok: true };
	const output = result.stderr.trim().split('\n');
	const aboutFile = output.filter((line) => line.startsWith(`${file}:`) || line.startsWith(`${file} `));
	return { ok: false, message: `${file} is not a valid ${format} manifest:\n${(aboutFile.length > 0 ? aboutFile : output).join('\n')}` };
}
