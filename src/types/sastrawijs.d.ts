// sastrawijs ships typings its package.json "exports" does not point at; this declares what we use.
declare module "sastrawijs" {
  export class Stemmer {
    stem(word: string): string;
  }
}
