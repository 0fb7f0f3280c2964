import { describe, expect, it } from 'vitest';
import {
	hearing,
	hearingTags,
	installHearing,
	listen,
	localRecognition,
	type RecognitionConstructor,
	type RecognitionLike,
} from '../../../src/lib/practice/hear.ts';

type Availability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

/** A recognition that knows `languages` on the device and remembers every session it starts. */
function fakeRecognition(languages: Record<string, Availability>) {
	const sessions: RecognitionLike[] = [];
	const Fake = class implements RecognitionLike {
		lang = '';
		processLocally = false;
		interimResults = false;
		continuous = true;
		onresult: RecognitionLike['onresult'] = null;
		onerror: RecognitionLike['onerror'] = null;
		onend: RecognitionLike['onend'] = null;
		constructor() {
			sessions.push(this);
		}
		start() {}
		stop() {
			this.onend?.();
		}
		abort() {}
		static available = async ({ langs, processLocally }: { langs: string[]; processLocally: true }) =>
			processLocally ? (languages[langs[0]!] ?? 'unavailable') : 'available';
		static install = async ({ langs }: { langs: string[] }) => {
			languages[langs[0]!] = 'available';
			return true;
		};
	};
	return { Fake: Fake as RecognitionConstructor, sessions };
}

const result = (transcript: string, isFinal: boolean) => Object.assign([{ transcript }], { isFinal });

describe('hearing an answer on the device only', () => {
	it('asks for the visitor’s own variant of the page’s language first, then the bare language and its usual region', () => {
		expect(hearingTags('fr', ['fr-CA', 'en-GB', 'fr-BE'])).toEqual(['fr-CA', 'fr-BE', 'fr', 'fr-FR']);
		expect(hearingTags('it', [])).toEqual(['it', 'it-IT']);
	});

	it('never uses a browser whose recognition cannot be told to stay on the device', () => {
		const cloudOnly = function () {} as unknown as RecognitionConstructor;
		expect(localRecognition({ webkitSpeechRecognition: cloudOnly })).toBeUndefined();
		expect(localRecognition({ SpeechRecognition: cloudOnly })).toBeUndefined();
		expect(localRecognition({})).toBeUndefined();
	});

	it('says what the device can do: hear now, hear after a download it asks for, or not at all', async () => {
		const { Fake } = fakeRecognition({ 'fr-FR': 'available', 'it-IT': 'downloadable' });
		expect(localRecognition({ SpeechRecognition: Fake })).toBe(Fake);
		expect(await hearing(Fake, hearingTags('fr', []))).toEqual({ kind: 'available', lang: 'fr-FR' });
		expect(await hearing(Fake, hearingTags('it', []))).toEqual({ kind: 'downloadable', lang: 'it-IT' });
		expect(await hearing(Fake, hearingTags('en', []))).toEqual({ kind: 'unavailable' });
		expect(await hearing(undefined, ['en'])).toEqual({ kind: 'unavailable' });
		expect(await installHearing(Fake, 'it-IT')).toBe(true);
		expect(await hearing(Fake, ['it-IT'])).toEqual({ kind: 'available', lang: 'it-IT' });
	});

	it('listens on the device, hands over the words as they come, and ends once', () => {
		const { Fake, sessions } = fakeRecognition({ 'en-GB': 'available' });
		const words: [string, boolean][] = [];
		const ends: (string | undefined)[] = [];
		const stop = listen(Fake, 'en-GB', { onWords: (w, final) => words.push([w, final]), onEnd: (problem) => ends.push(problem) });
		const session = sessions[0]!;
		expect(session).toMatchObject({ lang: 'en-GB', processLocally: true, interimResults: true, continuous: false });
		session.onresult?.({ results: [result('I hear', false)] });
		session.onresult?.({ results: [result('I hear you,', true), result(' and I will fix it', true)] });
		stop();
		expect(words).toEqual([
			['I hear', false],
			['I hear you, and I will fix it', true],
		]);
		expect(ends).toEqual([undefined]);
	});

	it('says why nothing was heard: the microphone refused, silence, or a failure', () => {
		for (const [error, problem] of [
			['not-allowed', 'not-allowed'],
			['no-speech', 'no-speech'],
			['language-not-supported', 'failed'],
		] as const) {
			const { Fake, sessions } = fakeRecognition({});
			const ends: (string | undefined)[] = [];
			listen(Fake, 'en', { onWords: () => {}, onEnd: (p) => ends.push(p) });
			sessions[0]!.onerror?.({ error });
			sessions[0]!.onend?.();
			expect(ends).toEqual([problem]);
		}
	});
});
