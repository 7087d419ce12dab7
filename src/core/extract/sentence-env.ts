// What processSentence reads and writes beyond one sentence: the page, its places and date, the
// context carried from sentence to sentence, and where the commitments go.
import type { Deadline, ExtractedCommitment } from '../model/types'
import type { DateContext } from './deadlines'
import type { CityContext, PlaceHit } from './places'

export interface SentenceEnv {
  view: string
  ctx: CityContext
  hits: PlaceHit[]
  date: DateContext
  isoDate: string | null
  /** pledge context left by the sentence before in the same paragraph (reset at each line) */
  lineCarry?: LineCarry | null
  /** owner named by a paragraph label (汉阳区:…): reset at each line */
  labelDistrict?: string | null
  /** owner named by a section heading line (渝中 / 沙坪坝 in a digest of district reports): until the next one */
  section?: { district: string; department: string | null } | null
  /** full department names already worked out in the current article (name → district → full name) */
  departments?: { article: number | null; byName: Map<string, Map<string | null, string>> } | null
  /** the year an article last pledged for (2020年目标…, 到2025年…): its later undated targets and listed deliverables belong to it */
  plan?: { article: number | null; deadline: Deadline } | null
  /** a sentence of the current paragraph reported the past (2018年,… / 年初以来…): reset at each line */
  paragraphPast?: boolean
  /** where commitments go, the original text, the view → original mapping and the article index */
  out: ExtractedCommitment[]
  text: string
  toOriginal: (vstart: number, vend: number) => [number, number]
  article: number | null
}

/** A paragraph that pledges for a named year keeps pledging in its bare list sentences. */
export interface LineCarry {
  year: number
  deadline: Deadline
}

/** Who answers for a clause's commitments. */
export interface Owner {
  district: string | null
  department: string | null
  person: string | null
}
