/**
 * The speaker view's clock and elapsed time, as text. The timer's start is
 * kept in the window's session storage, so reloading the speaker view does
 * not restart the talk's time; Restart sets it to now.
 */
import type { Lang } from '$lib/i18n';
import { htmlLang } from '$lib/i18n';

const KEY = 'fuling-present:timer-start';

/** Elapsed milliseconds as m:ss, or h:mm:ss past an hour. */
export function formatElapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The time of day, hours and minutes, as the edition writes it. */
export function formatClock(date: Date, lang: Lang): string {
	return date.toLocaleTimeString(htmlLang(lang), { hour: '2-digit', minute: '2-digit' });
}

/** When the timer started: the stored start if it is a sane time, else now (stored). */
export function timerStart(now: number, storage: Storage | undefined): number {
	const stored = Number(storage?.getItem(KEY));
	if (Number.isFinite(stored) && stored > 0 && stored <= now) return stored;
	return resetTimer(now, storage);
}

export function resetTimer(now: number, storage: Storage | undefined): number {
	try {
		storage?.setItem(KEY, String(now));
	} catch {
		// Storage full or blocked: the timer still runs, it only forgets on reload.
	}
	return now;
}

/** The window's session storage, or undefined where the browser blocks it. */
export function sessionStore(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}
