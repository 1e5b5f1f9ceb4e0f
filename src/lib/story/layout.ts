/**
 * How the story's scroll sections are laid out:
 * - sticky: our own page; a sticky graphic beside the steps, driven by the window's scroll;
 * - flat: every step unrolled with its chart drawn at that step, nothing sticky
 *   (print, no JavaScript, an embed whose host says nothing about its scroll);
 * - hosted: in an embed whose host reports its window (pym's trackscroll), the
 *   host's scroll drives the steps and the graphic is kept in its window.
 */
export type StoryLayout = 'sticky' | 'flat' | 'hosted';
