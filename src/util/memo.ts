/** A value built on first use and kept: catalog indexes and parsed files that many checks share. */
export function memo<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
