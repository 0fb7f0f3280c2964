/**
 * Reading a `<Dialogue>` aloud with the device's own speech voices: which voice and pitch each
 * line gets. The browser part is `src/components/module/read-aloud.ts`.
 */

/** What choosing a voice needs to know of one (the browser's `SpeechSynthesisVoice` has these). */
export interface VoiceLike {
	/** BCP 47 tag, e.g. `fr-FR`. */
	lang: string;
	/** True when the voice speaks on the device; false when it sends the text to a server. */
	localService: boolean;
	/** The device's preferred voice. */
	default: boolean;
}

/** The speakers a dialogue line can have (`<Line who>`). */
export const dialogueSpeakers = ['agent', 'caller', 'narrator'] as const;
export type DialogueSpeaker = (typeof dialogueSpeakers)[number];

/** One line to read: its speaker and its words without the speaker's label. */
export interface SpokenLine {
	who: DialogueSpeaker;
	text: string;
}

/** One line as it will be spoken. */
export interface PlannedLine<Voice extends VoiceLike> {
	text: string;
	voice: Voice;
	/** 1 is the voice's own; other values tell speakers apart when they share a voice. */
	pitch: number;
}

/**
 * The voices on the device for `lang` (`fr` matches `fr-FR`, `fr-CA`…), the preferred one first.
 * A voice that would send the words to a server is never used: nothing leaves the device.
 */
export function localVoices<Voice extends VoiceLike>(voices: readonly Voice[], lang: string): Voice[] {
	const wanted = lang.toLowerCase().split(/[-_]/)[0];
	return voices
		.filter((voice) => voice.localService && voice.lang.toLowerCase().split(/[-_]/)[0] === wanted)
		.sort((a, b) => Number(b.default) - Number(a.default));
}

// When speakers must share one voice, a lower caller and a higher narrator still tell them apart.
const sharedVoicePitch: Record<DialogueSpeaker, number> = { agent: 1, caller: 0.8, narrator: 1.2 };

/**
 * How to read `lines` in `lang`: each speaker with a voice of their own where the device has
 * enough voices, otherwise with a pitch of their own. Undefined when the device has no voice of
 * its own for the language (the page then says so, and the transcript is there to read).
 */
export function planReading<Voice extends VoiceLike>(
	lines: readonly SpokenLine[],
	voices: readonly Voice[],
	lang: string,
): PlannedLine<Voice>[] | undefined {
	const local = localVoices(voices, lang);
	if (local.length === 0) return undefined;
	const speakers = [...new Set(lines.map((line) => line.who))];
	const ownVoices = local.length >= speakers.length;
	return lines.map((line) => {
		const index = speakers.indexOf(line.who);
		return ownVoices
			? { text: line.text, voice: local[index]!, pitch: 1 }
			: { text: line.text, voice: local[0]!, pitch: sharedVoicePitch[line.who] };
	});
}
