// The not-found page static hosts serve for any unknown path (404.html).
// 'never' writes it as build/404.html, the name hosts look for, not 404/index.html.
export const trailingSlash = 'never';
// No JavaScript at all: a page served at an address that does not exist must
// never fail to start, and it needs no hydration to show two links.
export const csr = false;
