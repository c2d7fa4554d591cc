/** The npm package `ahocorasick` (benchmark baseline only) ships no types; this is the part the benchmark uses. */
declare module 'ahocorasick' {
  export default class AhoCorasick {
    constructor(keywords: string[]);
    /** [index of the last character of the match, keywords ending there]. */
    search(text: string): [number, string[]][];
  }
}
