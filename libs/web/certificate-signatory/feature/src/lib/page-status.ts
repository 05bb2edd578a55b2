/** The last change on the page, as the page announces it. */
export interface PageStatus {
  readonly key: string;
  readonly params?: Readonly<Record<string, string>>;
}
