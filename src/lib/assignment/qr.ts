import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/** A QR code as one SVG path over a `size`×`size` grid. */
export interface QrCode {
	path: string;
	size: number;
}

/** The QR code of `text`, or null when the text does not fit one. */
export function qrCode(text: string): QrCode | null {
	try {
		// Level M survives a smudged print or a screen photographed at an angle.
		const code = generate(text, { minCorrectionLevel: correction.M });
		return { path: toSvgPath(code), size: code.size };
	} catch {
		return null;
	}
}

/**
 * How many items must go (from the end of the list) for `linkFor(kept)` to fit a QR code;
 * 0 when it fits already, null when even one item is too much.
 */
export function itemsToDrop(count: number, linkFor: (kept: number) => string): number | null {
	for (let kept = count; kept >= 1; kept--) {
		if (qrCode(linkFor(kept))) return count - kept;
	}
	return null;
}
