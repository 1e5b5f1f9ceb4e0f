// The window sizes a chart's labels are checked at: the smallest phone, a
// common phone, a phone held sideways and a laptop.
export const LABEL_SIZES = [
	[320, 640],
	[390, 844],
	[844, 390],
	[1280, 800]
] as const;
