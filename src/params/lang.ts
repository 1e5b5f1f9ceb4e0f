import type { ParamMatcher } from '@sveltejs/kit';

/** The one edition with a path prefix: /zh/. English lives at the root, with no segment. */
export const match: ParamMatcher = (param) => param === 'zh';
