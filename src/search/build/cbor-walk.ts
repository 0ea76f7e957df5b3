/**
 * Walking CBOR (RFC 8949) by its bytes, without building values: where an item begins and ends,
 * and what a text or an array's length is. The index's slices are mostly numbers (every place of
 * every word), and decoding them into JavaScript arrays to move a few words took 2 s at 10 000
 * pages (src/search/build/index-function-words.ts); walking them takes a few milliseconds.
 * Definite lengths only, as Pagefind writes them.
 */

export interface Head {
  /** The major type: 0 and 1 integers, 2 bytes, 3 text, 4 array, 5 map, 6 tag, 7 simple values and floats. */
  major: number;
  /** The length of a string, array or map, or the integer itself. */
  value: number;
  /** Where the item's content begins: after the head. */
  next: number;
}

export function readHead(bytes: Uint8Array, at: number): Head {
  const first = bytes[at]!;
  const major = first >> 5;
  const info = first & 0x1f;
  if (info < 24) return { major, value: info, next: at + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0) throw new Error(`CBOR med ukjent lengde ved byte ${at}`);
  let value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + bytes[at + i]!;
  return { major, value, next: at + 1 + size };
}

/** Where the item at `at` ends. */
export function skipItem(bytes: Uint8Array, at: number): number {
  const { major, value, next } = readHead(bytes, at);
  switch (major) {
    case 2:
    case 3:
      return next + value;
    case 4:
    case 5: {
      let end = next;
      for (let i = 0; i < value * (major === 5 ? 2 : 1); i++) end = skipItem(bytes, end);
      return end;
    }
    case 6:
      return skipItem(bytes, next);
    default:
      // Integers, simple values and floats: the head holds them whole.
      return next;
  }
}

/** The text at `at` and where it ends. */
export function readText(bytes: Uint8Array, at: number): { text: string; end: number } {
  const { major, value, next } = readHead(bytes, at);
  if (major !== 3) throw new Error(`Ventet tekst i CBOR ved byte ${at}`);
  return { text: Buffer.from(bytes.buffer, bytes.byteOffset + next, value).toString('utf8'), end: next + value };
}

/** The head of an array of `length` items, in the shortest form, as CBOR encoders write it. */
export function arrayHead(length: number): Buffer {
  if (length < 24) return Buffer.from([0x80 | length]);
  if (length < 0x100) return Buffer.from([0x98, length]);
  if (length < 0x10000) return Buffer.from([0x99, length >> 8, length & 0xff]);
  const head = Buffer.alloc(5);
  head[0] = 0x9a;
  head.writeUInt32BE(length, 1);
  return head;
}
