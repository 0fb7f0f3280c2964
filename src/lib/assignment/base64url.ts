/** UTF-8 text to base64url without padding, and back. Works in browsers and Node alike. */
export function encodeBase64Url(text: string): string {
	let binary = '';
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url to UTF-8 text; throws on characters outside the alphabet or invalid UTF-8. */
export function decodeBase64Url(encoded: string): string {
	if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw new Error('not base64url');
	const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
	const binary = atob(padded);
	const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
	return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** CRC-32 (IEEE) of a string's UTF-8 bytes, as 8 hex digits: catches typos and truncation, not forgery. */
export function crc32(text: string): string {
	let crc = ~0;
	for (const byte of new TextEncoder().encode(text)) {
		crc ^= byte;
		for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return (~crc >>> 0).toString(16).padStart(8, '0');
}
