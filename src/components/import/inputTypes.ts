// What the import form hands to the import: the texts and what is known about them.
import type { Message } from '../../core/import'

export interface InputDoc {
  /** file name, or '' for pasted text */
  name: string
  text: string
  /** for a file: the encoding it was read in, said to the person (decodeText) */
  detected?: Message
}

export interface InputMeta {
  title: string
  publisher: string
  /** YYYY-MM-DD or '' (then the extractor infers it from the text) */
  date: string
  url: string
}
