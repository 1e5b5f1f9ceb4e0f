import type { ParamMatcher } from '@sveltejs/kit';

/** A step number as it appears in a path: 0, 1, 2… with no sign, leading zero or fraction. */
export const match: ParamMatcher = (param) => /^(0|[1-9]\d{0,2})$/.test(param);
