import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cbor-x';

/**
 * Pagefind splits each language's word index into chunks of about 20,000 word positions (fixed
 * in its source: `chunk_index(word_map, 20000)`, "TODO: Parameterize"), and a search downloads
 * the chunk holding each word it looks for. Here that is about 30 KB gzip per word, more than
 * the rest of the search page. `splitIndexChunks()` re-cuts the index Pagefind wrote into
 * smaller chunks, in Pagefind's own file format, so a search downloads a fraction of that.
 *
 * The format, read from Pagefind's source (`pagefind/src/index/*.rs`, `pagefind_web/src`): each
 * file is gzip of `pagefind_dcd` followed by CBOR.
 * - `pagefind.<lang>_<hash>.pf_meta`: `[version, pages, chunks, …]`, where each chunk is
 *   `[from, to, hash]`: the first and last word it holds (shortened to where they differ from the
 *   neighbouring chunk's) and its file `index/<hash>.pf_index`. The fields after `chunks`
 *   (filters, sorts, meta fields in 1.6) are kept as they are.
 * - `index/<hash>.pf_index`: `[words]`, sorted by word; each word is `[word, …]`, the rest being
 *   the pages and positions it is found at (in 1.6 also its spelling variants). Only the word is
 *   read; the rest is copied.
 * - `pagefind-entry.json` names each language's meta file by its hash.
 */

/** The Pagefind version whose format this reads; another version fails the build rather than a search. */
export const PAGEFIND_FORMAT_VERSION = '1.6.0';

/**
 * Numbers per chunk: the word positions and page numbers of its words (close to Pagefind's own
 * measure). 3,000 makes chunks of 2–8 KB gzip (about 5 KB); a search makes one request per word
 * it looks for either way, and a chunk's size no longer grows with the course.
 */
export const CHUNK_POSITIONS = 3000;

const SIGNATURE = 'pagefind_dcd';

/** A word of the index: the word (a stem), then where it is found, copied as it is. */
type Word = [word: string, ...locations: unknown[]];
type Chunk = [from: string, to: string, hash: string];
type Meta = [version: string, pages: unknown, chunks: Chunk[], ...rest: unknown[]];

/** What to change in Pagefind's output directory: files to write (new or replaced) and files to delete. */
export interface ChunkChanges {
	/** Files to write, by path relative to the bundle directory (`index/en_1a2b3c4.pf_index`). */
	write: Map<string, Uint8Array>;
	/** Files to delete, by the same kind of path: the chunks and meta files replaced. */
	remove: string[];
}

/** Thrown when a file is not what Pagefind writes; names the file. */
export class PagefindFormatError extends Error {
	constructor(file: string, problem: string) {
		super(`[both-ends:pagefind] ${file}: ${problem}`);
		this.name = 'PagefindFormatError';
	}
}

function readFile(files: ReadonlyMap<string, Uint8Array>, path: string): unknown {
	const bytes = files.get(path);
	if (!bytes) throw new PagefindFormatError(path, 'is missing from the Pagefind bundle');
	let raw: Buffer;
	try {
		raw = gunzipSync(bytes);
	} catch {
		throw new PagefindFormatError(path, 'is not gzip, as Pagefind writes its files');
	}
	if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) {
		throw new PagefindFormatError(path, `does not start with Pagefind's "${SIGNATURE}" signature`);
	}
	try {
		return decode(raw.subarray(SIGNATURE.length));
	} catch (cause) {
		throw new PagefindFormatError(path, `is not readable CBOR (${cause instanceof Error ? cause.message : String(cause)})`);
	}
}

/** A Pagefind file's bytes from its CBOR: signed and gzipped, as Pagefind writes them. */
function packFile(cbor: Uint8Array): Uint8Array {
	return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), cbor]), { level: 9 });
}

/** `<lang>_` and the first `length` hex digits of the content's hash, longer while it is taken. */
function fileHash(lang: string, content: Uint8Array, length: number, taken: ReadonlySet<string>): string {
	const digest = createHash('sha256').update(content).digest('hex');
	let size = length;
	while (taken.has(`${lang}_${digest.slice(0, size)}`) && size < digest.length) size += 1;
	return `${lang}_${digest.slice(0, size)}`;
}

/** Pagefind's `get_prefixes`: each word cut one character past where the two share a prefix. */
function boundaryPrefixes(last: string, first: string): [string, string] {
	const a = [...last];
	const b = [...first];
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
	return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** How many numbers (page numbers, positions) a value holds, however deep. */
function countNumbers(value: unknown): number {
	if (typeof value === 'number') return 1;
	return Array.isArray(value) ? value.reduce((sum: number, item) => sum + countNumbers(item), 0) : 0;
}

/** The words in order, cut wherever a chunk reaches `positions` numbers (as Pagefind's `chunk_index` does). */
export function cutWords(words: readonly Word[], positions: number): Word[][] {
	const chunks: Word[][] = [];
	let chunk: Word[] = [];
	let size = 0;
	for (const word of words) {
		size += countNumbers(word.slice(1));
		chunk.push(word);
		if (size >= positions) {
			chunks.push(chunk);
			chunk = [];
			size = 0;
		}
	}
	if (chunk.length > 0) chunks.push(chunk);
	return chunks;
}

function isWord(value: unknown): value is Word {
	return Array.isArray(value) && typeof value[0] === 'string';
}

function isChunk(value: unknown): value is Chunk {
	return Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');
}

/**
 * Re-cuts each language's word index in a Pagefind bundle (`files`: the bundle's files by path
 * relative to it, at least `pagefind-entry.json`, the meta files and `index/`) into chunks of at
 * most about `positions` word positions. Returns what to write and delete; nothing when every
 * chunk is already that small. Searches find the same pages: the words, pages and positions are
 * Pagefind's, only the files they are in change.
 */
export function splitIndexChunks(files: ReadonlyMap<string, Uint8Array>, positions = CHUNK_POSITIONS): ChunkChanges {
	const changes: ChunkChanges = { write: new Map(), remove: [] };
	const entryBytes = files.get('pagefind-entry.json');
	if (!entryBytes) throw new PagefindFormatError('pagefind-entry.json', 'is missing from the Pagefind bundle');
	const entry = JSON.parse(Buffer.from(entryBytes).toString('utf8')) as {
		version?: string;
		languages?: Record<string, { hash?: string }>;
	};
	if (entry.version !== PAGEFIND_FORMAT_VERSION) {
		throw new PagefindFormatError(
			'pagefind-entry.json',
			`was written by Pagefind ${entry.version ?? '(no version)'}; its index format was checked for ${PAGEFIND_FORMAT_VERSION} only (src/integrations/pagefind-chunks.ts)`,
		);
	}
	const taken = new Set([...files.keys()].map((path) => path.replace(/^.*\//, '').replace(/\.pf_\w+$/, '')));
	for (const [lang, language] of Object.entries(entry.languages ?? {})) {
		const metaPath = `pagefind.${language.hash}.pf_meta`;
		const meta = readFile(files, metaPath) as Meta;
		if (!Array.isArray(meta) || meta[0] !== entry.version || !Array.isArray(meta[2]) || !meta[2].every(isChunk)) {
			throw new PagefindFormatError(
				metaPath,
				`is not a Pagefind ${PAGEFIND_FORMAT_VERSION} meta index ([version, pages, [[from, to, hash]…], …])`,
			);
		}
		const words: Word[] = [];
		for (const [, , hash] of meta[2]) {
			const chunkPath = `index/${hash}.pf_index`;
			const chunk = readFile(files, chunkPath) as [Word[]];
			if (!Array.isArray(chunk) || !Array.isArray(chunk[0]) || !chunk[0].every(isWord)) {
				throw new PagefindFormatError(chunkPath, 'is not a Pagefind word index ([[word, pages]…])');
			}
			words.push(...chunk[0]);
		}
		const cut = cutWords(words, positions);
		if (cut.length <= meta[2].length) continue;

		const chunks: Chunk[] = cut.map((chunkWords) => [chunkWords[0]![0], chunkWords.at(-1)![0], '']);
		for (let index = 0; index + 1 < chunks.length; index += 1) {
			[chunks[index]![1], chunks[index + 1]![0]] = boundaryPrefixes(chunks[index]![1], chunks[index + 1]![0]);
		}
		cut.forEach((chunkWords, index) => {
			const cbor = encode([chunkWords]);
			const hash = fileHash(lang, cbor, 7, taken);
			taken.add(hash);
			chunks[index]![2] = hash;
			changes.write.set(`index/${hash}.pf_index`, packFile(cbor));
		});
		changes.remove.push(...meta[2].map(([, , hash]) => `index/${hash}.pf_index`));

		const newMeta: Meta = [meta[0], meta[1], chunks, ...meta.slice(3)];
		const metaCbor = encode(newMeta);
		const metaHash = fileHash(lang, metaCbor, 10, taken);
		taken.add(metaHash);
		changes.write.set(`pagefind.${metaHash}.pf_meta`, packFile(metaCbor));
		changes.remove.push(metaPath);
		language.hash = metaHash;
	}
	if (changes.write.size > 0) changes.write.set('pagefind-entry.json', Buffer.from(JSON.stringify(entry)));
	return changes;
}

/** The bundle `files` with its index re-cut (`splitIndexChunks()`), for a bundle held in memory. */
export function withSmallerChunks(files: ReadonlyMap<string, Uint8Array>, positions = CHUNK_POSITIONS): Map<string, Uint8Array> {
	const { write, remove } = splitIndexChunks(files, positions);
	const result = new Map(files);
	for (const path of remove) result.delete(path);
	for (const [path, content] of write) result.set(path, content);
	return result;
}
