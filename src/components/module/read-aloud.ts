/**
 * A `<Dialogue>` read aloud in the browser, with the device's own voices (`planReading`); loaded by
 * `ModuleLoader.astro` the first time a reader presses "Read aloud". The same button stops it.
 */
import { dialogueSpeakers, planReading, type DialogueSpeaker, type SpokenLine } from '../../lib/practice/read-aloud.ts';

/** The device's voices; some browsers list them only after a moment. */
function voices(): Promise<SpeechSynthesisVoice[]> {
	const now = speechSynthesis.getVoices();
	if (now.length > 0) return Promise.resolve(now);
	return new Promise((resolve) => {
		const done = () => resolve(speechSynthesis.getVoices());
		speechSynthesis.addEventListener('voiceschanged', done, { once: true });
		setTimeout(done, 1000);
	});
}

/** A transcript line's speaker and words, without the label shown before them. */
function spokenLine(item: HTMLElement): SpokenLine {
	const who = dialogueSpeakers.find((speaker) => item.classList.contains(speaker)) ?? ('narrator' satisfies DialogueSpeaker);
	const words = [...item.childNodes].filter((node) => !(node instanceof HTMLElement && node.classList.contains('speaker')));
	return {
		who,
		text: words
			.map((node) => node.textContent ?? '')
			.join('')
			.trim(),
	};
}

let reading: HTMLElement | undefined;

/** Starts reading `figure`'s lines, or stops if it is being read; `button` and `status` say which. */
export async function toggleReading(figure: HTMLElement, button: HTMLButtonElement, status: HTMLElement): Promise<void> {
	const items = [...figure.querySelectorAll<HTMLElement>('li.line')];
	const stop = () => {
		if (reading !== figure) return;
		reading = undefined;
		speechSynthesis.cancel();
		for (const item of items) item.classList.remove('is-speaking');
		button.textContent = figure.dataset.read ?? '';
	};
	if (reading === figure) return stop();
	if (reading) reading.dispatchEvent(new Event('stop-reading'));
	const plan = planReading(items.map(spokenLine), await voices(), document.documentElement.lang);
	if (!plan) {
		status.textContent = figure.dataset.noVoice ?? '';
		return;
	}
	status.textContent = '';
	speechSynthesis.cancel();
	reading = figure;
	figure.addEventListener('stop-reading', stop, { once: true });
	button.textContent = figure.dataset.stop ?? '';
	plan.forEach((line, index) => {
		const utterance = new SpeechSynthesisUtterance(line.text);
		utterance.voice = line.voice;
		utterance.lang = line.voice.lang;
		utterance.pitch = line.pitch;
		utterance.addEventListener('start', () => {
			for (const item of items) item.classList.toggle('is-speaking', item === items[index]);
		});
		if (index === plan.length - 1) utterance.addEventListener('end', stop);
		utterance.addEventListener('error', stop);
		speechSynthesis.speak(utterance);
	});
	addEventListener('pagehide', stop, { once: true });
}
