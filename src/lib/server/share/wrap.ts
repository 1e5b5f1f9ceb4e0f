/**
 * Line breaking for the share cards. English breaks at spaces. Chinese may
 * break between any two characters, except inside a run of Latin letters or
 * digits ("1997", "5G"), before closing punctuation and after opening
 * punctuation (the basic 禁则 rules).
 */

/** Characters a Chinese line may not start with. */
const NO_START = new Set([...'，。、：；！？）》」』’”…—·%']);
/** Characters a Chinese line may not end with. */
const NO_END = new Set([...'（《「『‘“']);

/** The text cut into pieces a line may end after (each piece keeps its trailing space). */
export function breakPieces(text: string): string[] {
	if (!/[\u3000-\u9fff\uff00-\uffef]/.test(text)) {
		return text.split(/(?<= )/).filter((p) => p !== '');
	}
	const chars = [...text];
	const pieces: string[] = [];
	let current = '';
	chars.forEach((char, i) => {
		current += char;
		const next = chars[i + 1];
		if (next === undefined) return;
		const inWord = /[A-Za-z0-9.,]/.test(char) && /[A-Za-z0-9.,%]/.test(next);
		if (inWord || NO_START.has(next) || NO_END.has(char)) return;
		pieces.push(current);
		current = '';
	});
	if (current) pieces.push(current);
	return pieces;
}

/**
 * Greedy wrapping into lines no wider than `maxWidth` by `measure`. A single
 * piece wider than the line is kept whole on its own line (the caller's fit
 * check then fails, rather than text being cut).
 */
export function wrap(text: string, maxWidth: number, measure: (line: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const piece of breakPieces(text)) {
		const candidate = line + piece;
		if (line && measure(candidate.trimEnd()) > maxWidth) {
			lines.push(line.trimEnd());
			line = piece;
		} else {
			line = candidate;
		}
	}
	if (line.trim()) lines.push(line.trimEnd());
	return lines;
}
