import { crc32 } from './base64url.ts';
import { MAX_CODE } from './code.ts';

/** How many lines a pasted batch may have; the rest is not read, and the trainer is told. */
export const MAX_LINES = 500;

/** What was found in pasted text. */
export interface FoundCodes {
	/** Every complete code (checksum matching), in the order pasted, rejoined if it was wrapped. Not decoded yet. */
	codes: string[];
	/** Texts that start like a code (`BE1-…`) but never end with a matching checksum: most likely cut off when copied. */
	incomplete: number;
	/** Non-empty lines with nothing code-like in them: greetings, signatures, stray words. */
	ignored: number;
	/** The first of those ignored lines (shortened), so the trainer can check nothing was missed. */
	ignoredSamples: string[];
}

/** How many ignored lines are kept as samples, and how much of each. */
const SAMPLES = 20;
const SAMPLE_LENGTH = 100;

/** The lines that are read: a single trailing newline does not count as one more line. */
export function pastedLines(text: string): string[] {
	return text.replace(/\r?\n$/, '').split(/\r?\n/);
}

/** Where a code may start: the version prefix, not glued to a word before it. */
const START = /(?<![A-Za-z0-9_-])BE\d+-/g;
/** A line that itself starts a code is never a continuation of the one before. */
const STARTS_CODE = /^BE\d+-/;
/** Characters a code is made of (base64url, plus `-` between its parts). */
const RUN = /^[A-Za-z0-9_-]*/;
/** The end of a code: `-` and eight hex digits of checksum. */
const TAIL = /^-[0-9a-f]{8}$/;

/** A line without the quote markers mail and chat put in front of it (`> `, `>> `) and leading spaces. */
function unquoted(line: string): { text: string; offset: number } {
	const offset = /^[ \t]*(?:>[ \t]*)*/.exec(line)?.[0].length ?? 0;
	return { text: line.slice(offset), offset };
}

/**
 * Finds completion codes anywhere in pasted text: inside sentences, after quote markers, before
 * punctuation, several on a line, or wrapped over several lines as mail and chat wrap long tokens.
 * A code that reaches the end of a line is joined with the code characters that start the next
 * line; since a wrapped code looks like a code followed by a word, the CRC-32 decides where it
 * really ends: the longest candidate whose checksum matches. Pure and bounded: only the first
 * `MAX_LINES` lines are read and no candidate grows past `MAX_CODE`.
 */
export function findCodes(text: string): FoundCodes {
	const lines = pastedLines(text).slice(0, MAX_LINES);
	const found: FoundCodes = { codes: [], incomplete: 0, ignored: 0, ignoredSamples: [] };
	let line = 0;
	let column = 0;
	// Whether the current line held (part of) a code, so it is not counted as ignored.
	let used = false;
	while (line < lines.length) {
		const current = lines[line] ?? '';
		START.lastIndex = column;
		const start = START.exec(current);
		// A code may also start right where the previous one ended, with no space between them.
		const glued = column > 0 && STARTS_CODE.test(current.slice(column));
		const at = glued ? column : start?.index;
		if (at === undefined) {
			if (!used && current.trim() !== '') {
				found.ignored++;
				if (found.ignoredSamples.length < SAMPLES) found.ignoredSamples.push(current.trim().slice(0, SAMPLE_LENGTH));
			}
			line++;
			column = 0;
			used = false;
			continue;
		}
		used = true;
		const { candidate, ends } = gather(lines, line, at);
		const end = longestValid(candidate);
		if (end === undefined) {
			found.incomplete++;
			// Skip the lines it was joined with that held nothing else: they are the rest of that broken code.
			// A joined line with more text after it ("Thanks, Ana") is read again on its own.
			const partial = ends.findIndex((piece, index) => index > 0 && !piece.whole);
			const resume = partial === -1 ? ends[ends.length - 1]! : ends[partial]!;
			if (partial !== -1) used = false;
			line = resume.line;
			column = partial === -1 ? resume.column : 0;
			continue;
		}
		found.codes.push(candidate.slice(0, end));
		// Go on right after the code: what follows on its last line may hold another one.
		const stop = ends.find((piece) => piece.length >= end)!;
		line = stop.line;
		column = stop.column - (stop.length - end);
	}
	return found;
}

/** One stretch of the joined candidate: where in the text it ends, and the candidate's length there. */
interface Piece {
	line: number;
	column: number;
	length: number;
	/** Whether the rest of the line was code characters (trailing spaces aside). */
	whole: boolean;
}

/**
 * The code characters from `at` on `lines[line]`, joined with the lines that continue them: while
 * the text so far runs to the end of its line (trailing spaces aside) and the next line, unquoted,
 * starts with code characters but not with a new code.
 */
function gather(lines: string[], line: number, at: number): { candidate: string; ends: Piece[] } {
	const first = lines[line] ?? '';
	let run = RUN.exec(first.slice(at))?.[0] ?? '';
	let candidate = run;
	let reachesEnd = first.slice(at + run.length).trim() === '';
	const ends: Piece[] = [{ line, column: at + run.length, length: candidate.length, whole: reachesEnd }];
	while (reachesEnd && candidate.length < MAX_CODE && line + 1 < lines.length) {
		const { text, offset } = unquoted(lines[line + 1] ?? '');
		run = RUN.exec(text)?.[0] ?? '';
		if (run === '' || STARTS_CODE.test(text)) break;
		line++;
		candidate += run;
		reachesEnd = text.slice(run.length).trim() === '';
		ends.push({ line, column: offset + run.length, length: candidate.length, whole: reachesEnd });
	}
	return { candidate: candidate.slice(0, MAX_CODE), ends };
}

/** The length of the longest prefix of `candidate` that is a code with a matching checksum, if any. */
function longestValid(candidate: string): number | undefined {
	const payloadStart = candidate.indexOf('-') + 1;
	for (let end = candidate.length; end > payloadStart + 9; end--) {
		if (!TAIL.test(candidate.slice(end - 9, end))) continue;
		if (crc32(candidate.slice(payloadStart, end - 9)) === candidate.slice(end - 8, end)) return end;
	}
	return undefined;
}
