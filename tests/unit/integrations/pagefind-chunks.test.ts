import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cbor-x';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PagefindFormatError, splitIndexChunks, withSmallerChunks } from '../../../src/integrations/pagefind-chunks.ts';

/** The CBOR inside a Pagefind file (gzip of `pagefind_dcd` + CBOR). */
function read(bytes: Uint8Array | undefined): unknown {
	if (!bytes) throw new Error('file missing');
	return decode(gunzipSync(bytes).subarray('pagefind_dcd'.length));
}

type Chunk = [string, string, string];

function entryOf(files: ReadonlyMap<string, Uint8Array>) {
	return JSON.parse(Buffer.from(files.get('pagefind-entry.json')!).toString('utf8')) as {
		languages: Record<string, { hash: string }>;
	};
}

/** The chunks named by a language's meta file, and each chunk's words. */
function chunksOf(files: ReadonlyMap<string, Uint8Array>, lang: string) {
	const meta = read(files.get(`pagefind.${entryOf(files).languages[lang]!.hash}.pf_meta`)) as [string, unknown, Chunk[]];
	return meta[2].map(([from, to, hash]) => ({
		from,
		to,
		words: (read(files.get(`index/${hash}.pf_index`)) as [[string, ...unknown[]][]])[0],
	}));
}

const WORDS = ['hold', 'silence', 'transfer', 'caller', 'promise', 'callback', 'agent', 'queue', 'music', 'apology'];
let bundle: Map<string, Uint8Array>;

beforeAll(async () => {
	// A small site in two languages, enough words for Pagefind to make chunks of.
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('Pagefind did not start');
	for (let page = 0; page < 40; page += 1) {
		const words = WORDS.map((word, i) => `${word}${(page * 7 + i) % 23}`).join(' ');
		await index.addCustomRecord({
			url: `/en/p${page}/`,
			content: `${words} ${WORDS.join(' ')}`,
			language: 'en',
			meta: { title: `Page ${page}` },
		});
		await index.addCustomRecord({
			url: `/fr/p${page}/`,
			content: `attente${page} rappel musique ${words}`,
			language: 'fr',
			meta: { title: `Page ${page}` },
		});
	}
	const { files } = await index.getFiles();
	bundle = new Map(files.map(({ path, content }) => [path, content]));
}, 30_000);

afterAll(async () => {
	await pagefind.close();
});

describe("Pagefind's word index cut into smaller chunks", () => {
	it('keeps every word, in order, with where it is found, only spread over more files', () => {
		const after = withSmallerChunks(bundle, 60);
		for (const lang of ['en', 'fr']) {
			const before = chunksOf(bundle, lang);
			const now = chunksOf(after, lang);
			expect(now.length).toBeGreaterThan(before.length);
			expect(now.flatMap((chunk) => chunk.words)).toEqual(before.flatMap((chunk) => chunk.words));
		}
	});

	it('names each chunk by the words it spans, as Pagefind does, so a search loads the chunk holding its word', () => {
		const after = withSmallerChunks(bundle, 60);
		const chunks = chunksOf(after, 'en');
		for (const [index, chunk] of chunks.entries()) {
			for (const [word] of chunk.words) {
				// Every word sorts within its chunk's bounds (a bound may be a shortened prefix of a word).
				expect(word >= chunk.from || chunk.from.startsWith(word)).toBe(true);
				expect(word <= chunk.to || word.startsWith(chunk.to)).toBe(true);
			}
			const next = chunks[index + 1];
			if (next) expect(chunk.to < next.from).toBe(true);
		}
		expect(chunks[0]!.from).toBe(chunks[0]!.words[0]![0]);
		expect(chunks.at(-1)!.to).toBe(chunks.at(-1)!.words.at(-1)![0]);
	});

	it('replaces the old chunks and meta file and points the entry file at the new meta', () => {
		const changes = splitIndexChunks(bundle, 60);
		const oldEntry = entryOf(bundle);
		const newEntry = entryOf(changes.write);
		for (const lang of ['en', 'fr']) {
			expect(changes.remove).toContain(`pagefind.${oldEntry.languages[lang]!.hash}.pf_meta`);
			expect(changes.write.has(`pagefind.${newEntry.languages[lang]!.hash}.pf_meta`)).toBe(true);
		}
		const oldChunks = [...bundle.keys()].filter((path) => path.startsWith('index/'));
		expect(changes.remove).toEqual(expect.arrayContaining(oldChunks));
		for (const path of changes.write.keys()) expect(oldChunks).not.toContain(path);
	});

	it('changes nothing when every chunk is already small enough', () => {
		const changes = splitIndexChunks(bundle, 1_000_000);
		expect(changes.write.size).toBe(0);
		expect(changes.remove).toEqual([]);
	});

	it('refuses an index written by another Pagefind version, naming the file', () => {
		const entry = JSON.parse(Buffer.from(bundle.get('pagefind-entry.json')!).toString('utf8')) as Record<string, unknown>;
		const other = new Map(bundle).set('pagefind-entry.json', Buffer.from(JSON.stringify({ ...entry, version: '2.0.0' })));
		expect(() => splitIndexChunks(other, 60)).toThrow(/pagefind-entry\.json: was written by Pagefind 2\.0\.0/);
	});

	it('refuses a meta file that is not Pagefind’s, naming it', () => {
		const metaPath = `pagefind.${entryOf(bundle).languages.en!.hash}.pf_meta`;
		const broken = new Map(bundle).set(metaPath, gzipSync(Buffer.from('not pagefind')));
		expect(() => splitIndexChunks(broken, 60)).toThrow(PagefindFormatError);
		expect(() => splitIndexChunks(broken, 60)).toThrow(metaPath);
		const notGzip = new Map(bundle).set(metaPath, Buffer.from('plain text'));
		expect(() => splitIndexChunks(notGzip, 60)).toThrow(`${metaPath}: is not gzip`);
	});
});
