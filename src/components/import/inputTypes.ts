// What the import form hands to the import: the texts and what is known about them.
export interface InputDoc {
  /** file name, or '' for pasted text */
  name: string
  text: string
}

export interface InputMeta {
  title: string
  publisher: string
  /** YYYY-MM-DD or '' (then the extractor infers it from the text) */
  date: string
  url: string
}
