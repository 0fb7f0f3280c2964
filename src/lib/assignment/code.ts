import * as v from 'valibot';
import { crc32, decodeBase64Url, encodeBase64Url } from './base64url.ts';
import { CompletionSchema, CompletionV1Schema, type Completion } from './schema.ts';

/** Codes look like `BE2-<payload>-<crc32>`; the prefix carries the format version (`BE1` codes still read). */
const PREFIX = 'BE2';
/** Longest code accepted, and made: a learner pastes it into a message. */
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

/** A v1 code's content in the v2 shape: no mode or attempt was recorded (`-`, 0), no detail. */
function fromV1(data: unknown): Completion | undefined {
	const parsed = v.safeParse(CompletionV1Schema, data);
	if (!parsed.success) return undefined;
	const { a, t, p, n, r } = parsed.output;
	return { v: 2, a, t, p, n, r: r.map(([key, score, day]) => [key, score, day, '-', 0] as const) };
}

/** Reads a completion code, v2 or v1. Never throws: a bad code gives an error kind. */
export function decodeCompletion(input: string): DecodedCode {
	const code = input.trim();
	if (code.length === 0) return { ok: false, error: 'empty' };
	if (code.length > MAX_CODE) return { ok: false, error: 'too-long' };
	const match = /^BE([12])-([A-Za-z0-9_-]+)-([0-9a-f]{8})$/.exec(code);
	if (!match) return { ok: false, error: 'not-a-code' };
	const [, version, payload = '', checksum] = match;
	if (crc32(payload) !== checksum) return { ok: false, error: 'checksum' };
	let data: unknown;
	try {
		data = JSON.parse(decodeBase64Url(payload));
	} catch {
		return { ok: false, error: 'malformed' };
	}
	if (version === '1') {
		const completion = fromV1(data);
		return completion ? { ok: true, completion } : { ok: false, error: 'invalid' };
	}
	const parsed = v.safeParse(CompletionSchema, data);
	return parsed.success ? { ok: true, completion: parsed.output } : { ok: false, error: 'invalid' };
}
