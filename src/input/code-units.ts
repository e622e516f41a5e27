// A string as code units, for the word scans (places, organisations) when the decoder's own are not at hand
// (decodedUnits: the text came another way). A typed-array read is cheaper than charCodeAt in a scan. Read back
// as UTF-16LE, so on a big-endian machine it is filled one unit at a time.

/** Whether this machine stores a Uint16Array's units little-endian, as Buffer's 'utf16le' writes them. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export class CodeUnits {
  // (sized past the corpus's longest article: growing mid-run threw wordsOf's optimised code away)
  units = new Uint16Array(1 << 16);
  private bytes = Buffer.from(this.units.buffer);
  /** `s` as code units, then a 0 (not a word character: it closes a word that ends the text). Overwritten by the next call. */
  of(s: string): Uint16Array {
    const len = s.length;
    if (this.units.length < len + 1) {
      this.units = new Uint16Array(Math.max(len + 1, this.units.length * 2));
      this.bytes = Buffer.from(this.units.buffer);
    }
    const units = this.units;
    if (LITTLE_ENDIAN) this.bytes.write(s, 0, 'utf16le');
    else for (let p = 0; p < len; p++) units[p] = s.charCodeAt(p);
    units[len] = 0;
    return units;
  }
}
