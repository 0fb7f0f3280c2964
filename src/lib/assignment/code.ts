import * as v from 'valibot';
import { crc32, decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { CompletionSchema, type Completion } from './schema.ts';

/** Codes look like `BE1-<payload>-<crc32>`; the prefix carries the format version. */
const PREFIX = 'BE1';
/** Longest code accepted. */
export const MAX_CODE = 6000;

export type CodeError = 'empty' | 'too-long' | 'not-a-code' | 'checksum' | 'malformed' | 'invalid';

export type DecodedCode = { ok: true; completion: Completion } | { ok: false; error: CodeError };

/**
 * A completion code: versioned, compact, with a CRC-32 checksum. The checksum catches a mistyped
 * or cut-off code; it is not a signature, and anyone can make a valid code.
 */
export function encodeCompletion(completion: Completion): string {
	const payload = encodeBase64Url(JSON.stringify(v.parse(CompletionSchema, completion)));
	return `${PREFIX}-${payload}-${crc32(payload)}`;
}

/** Reads a completion code. Never throws: a bad code gives an error kind. */
export function decodeCompletion(input: string): DecodedCode {
	const code = input.trim();
	if (code.length === 0) return { ok: false, error: 'empty' };
	if (code.length > MAX_CODE) return { ok: false, error: 'too-long' };
	const match = /^BE(\d+)-([A-Za-z0-9_-]+)-([0-9a-f]{8})$/.exec(code);
	if (!match || `BE${match[1]}` !== PREFIX) return { ok: false, error: 'not-a-code' };
	const [, , payload = '', checksum] = match;
	if (crc32(payload) !== checksum) return { ok: false, error: 'checksum' };
	let data: unknown;
	try {
		data = JSON.parse(decodeBase64Url(payload));
	} catch {
		return { ok: false, error: 'malformed' };
	}
	const parsed = v.safeParse(CompletionSchema, data);
	return parsed.success ? { ok: true, completion: parsed.output } : { ok: false, error: 'invalid' };
}
