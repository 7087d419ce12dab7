// The state one sentence carries from clause to clause, and the facts of the clause being read
// (split from sentences.ts, which fills and reads it).
import type { Deadline, Kind } from '../model/types'
import type { ArticleInfo } from './article-owners'
import type { Owner } from './sentence-env'

/**
 * The state one sentence carries from clause to clause (modal words, the year and deadline in
 * force, the last pledged year) and the facts of the clause being read, filled in by the small
 * steps below: no closures or intermediate objects per clause. One object, reset by begin() for
 * each sentence (the clause fields are all set by processClause before they are read).
 */
export class SentenceScan {
  sentence = ''
  sentencePast = false
  info: ArticleInfo | null = null
  hitIdx = 0
  // carried from the clauses before
  strong = false
  weak = false
  predict = false
  year: number | null = null
  deadline: Deadline | null = null
  explicit: number | null = null
  implicit = false
  /** the sentence names its own year or date (not one carried from the sentence before) */
  ownYear = false
  lastTargetYear: number | null = null
  lastTargetDeadline: Deadline | null = null
  lastMetric = ''
  /** the measures a 分别 list named in an earlier clause of the sentence (for a later ,分别增长…) */
  lastSubjects: string[] | null = null
  // the current clause: [a, b) in the view
  a = 0
  b = 0
  clause = ''
  clauseDeadline: Deadline | null = null
  dated: Deadline | null = null
  forward = false
  cStrong = false
  cWeak = false
  cPredict = false
  clausePast = false
  /** the clause's deadline, else the one carried */
  inForce: Deadline | null = null
  inForceYear: number | null = null
  explicitFuture = false
  kind: Kind = 'fact'
  owner: Owner | null = null
  // category groups of the clause, the sentence and the article title, found once (-1: not yet)
  clauseGroup = -1
  sentenceGroup = -1
  titleGroup = -1
  // cue tests asked more than once per clause or sentence, answered once (-1: not yet, 0 / 1)
  clauseStrong = -1
  clauseWeak = -1
  progressShare = -1
  /** the OR of CLAUSE_HINT over the current clause's codes */
  hints = 0

  begin(sentence: string, sentencePast: boolean, info: ArticleInfo | null, hitIdx: number): this {
    this.sentence = sentence
    this.sentencePast = sentencePast
    this.info = info
    this.hitIdx = hitIdx
    this.strong = false
    this.weak = false
    this.predict = false
    this.year = null
    this.deadline = null
    this.explicit = null
    this.implicit = false
    this.ownYear = false
    this.lastTargetYear = null
    this.lastTargetDeadline = null
    this.lastMetric = ''
    this.lastSubjects = null
    this.sentenceGroup = -1
    this.titleGroup = -1
    this.progressShare = -1
    return this
  }
}
