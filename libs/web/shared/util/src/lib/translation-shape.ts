/** The shape of a Swedish text tree, with any text in place of the Swedish ones: other languages must match it. */
export type TranslationShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : TranslationShape<T[K]> };
