/**
 * Hearing a spoken answer with the device's own speech recognition (*say it first*, issue 14).
 * Only recognition that runs on the device is ever used: the Web Speech API's `processLocally`,
 * checked first with `SpeechRecognition.available()`. A browser that only offers recognition on a
 * server (the older `webkitSpeechRecognition`, or `available()` saying no) gets no microphone
 * button at all, so nothing the learner says can leave the device.
 */

/** What the device can do for a language: hear now, hear once its language pack is downloaded, or not at all. */
export type Hearing = { kind: 'available'; lang: string } | { kind: 'downloadable'; lang: string } | { kind: 'unavailable' };

/** The part of a `SpeechRecognition` this uses. */
export interface RecognitionLike {
	lang: string;
	processLocally: boolean;
	interimResults: boolean;
	continuous: boolean;
	onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
	onerror: ((event: { error: string }) => void) | null;
	onend: (() => void) | null;
	start(): void;
	stop(): void;
	abort(): void;
}

type Availability = 'available' | 'downloadable' | 'downloading' | 'unavailable';
interface LocalOptions {
	langs: string[];
	processLocally: true;
}

/** The part of the `SpeechRecognition` constructor this uses (its static methods are recent: both may be missing). */
export interface RecognitionConstructor {
	new (): RecognitionLike;
	available?: (options: LocalOptions) => Promise<Availability>;
	install?: (options: LocalOptions) => Promise<boolean>;
}

/** The usual region for each language, tried after the visitor's own (`fr-CA` before `fr-FR`). */
const usualTag: Record<string, string> = { en: 'en-GB', fr: 'fr-FR', it: 'it-IT' };

/**
 * The language tags to ask for, best first: the visitor's own variants of `lang` (from
 * `navigator.languages`), the bare language, then its usual region.
 */
export function hearingTags(lang: string, preferred: readonly string[]): string[] {
	const primary = lang.toLowerCase();
	const own = preferred.filter((tag) => tag.toLowerCase().split('-')[0] === primary);
	return [...new Set([...own, primary, ...(usualTag[primary] ? [usualTag[primary]] : []), ...(primary === 'en' ? ['en-US'] : [])])];
}

/** The recognition constructor, only if it can be told to stay on the device. */
export function localRecognition(win: object): RecognitionConstructor | undefined {
	const found = (win as { SpeechRecognition?: RecognitionConstructor }).SpeechRecognition;
	return typeof found === 'function' && typeof found.available === 'function' ? found : undefined;
}

/** What the device can do for the first of `tags` it knows; anything unexpected is "not at all". */
export async function hearing(recognition: RecognitionConstructor | undefined, tags: readonly string[]): Promise<Hearing> {
	if (!recognition?.available) return { kind: 'unavailable' };
	let downloadable: string | undefined;
	for (const lang of tags) {
		try {
			const state = await recognition.available({ langs: [lang], processLocally: true });
			if (state === 'available') return { kind: 'available', lang };
			if ((state === 'downloadable' || state === 'downloading') && !downloadable) downloadable = lang;
		} catch {
			// A policy or a detached page refuses: as if the language were not there.
		}
	}
	return downloadable ? { kind: 'downloadable', lang: downloadable } : { kind: 'unavailable' };
}

/** Asks the device to download its language pack for `lang` (the learner asked); true when it now can hear. */
export async function installHearing(recognition: RecognitionConstructor | undefined, lang: string): Promise<boolean> {
	if (!recognition?.install) return false;
	try {
		return (await recognition.install({ langs: [lang], processLocally: true })) === true;
	} catch {
		return false;
	}
}

/** Why hearing stopped without words: the learner refused the microphone, said nothing, or it failed. */
export type HearingProblem = 'not-allowed' | 'no-speech' | 'failed';

/**
 * Listens for one answer on the device. `onWords` gets the words heard so far (interim, then
 * final); `onEnd` is called once, with a problem if nothing usable was heard. Returns a stop
 * function (what was heard until then is kept).
 */
export function listen(
	recognition: RecognitionConstructor,
	lang: string,
	handlers: { onWords: (words: string, final: boolean) => void; onEnd: (problem?: HearingProblem) => void },
): () => void {
	const session = new recognition();
	session.lang = lang;
	// Never a server: if the device cannot, the recognition fails rather than sending audio away.
	session.processLocally = true;
	session.interimResults = true;
	session.continuous = false;
	let heard = false;
	let problem: HearingProblem | undefined;
	session.onresult = (event) => {
		const results = Array.from(event.results);
		const words = results
			.map((result) => result[0]?.transcript ?? '')
			.join(' ')
			.replace(/\s+/g, ' ')
			.trim();
		if (words) heard = true;
		handlers.onWords(
			words,
			results.every((result) => result.isFinal),
		);
	};
	session.onerror = (event) => {
		problem =
			event.error === 'not-allowed' || event.error === 'service-not-allowed'
				? 'not-allowed'
				: event.error === 'no-speech'
					? 'no-speech'
					: 'failed';
	};
	session.onend = () => handlers.onEnd(heard ? undefined : (problem ?? 'no-speech'));
	try {
		session.start();
	} catch {
		handlers.onEnd('failed');
	}
	return () => session.stop();
}
