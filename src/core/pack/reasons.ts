// The pack checks speak English in one fixed set of sentences (schema.ts, scan.ts, partial.ts,
// integrity.ts, prescan.ts, upgrade.ts). The page shows each reason in the reader's language:
// this table turns a sentence into a message key plus its parameters; the words live in
// src/i18n/messages/packImport.ts. A sentence not in the table is shown as it is (English).

export interface Reason {
  /** key under packImport.reason in the i18n messages */
  key: string
  params: Record<string, string>
}

// [key, pattern]; named groups become the message parameters
const PATTERNS: [string, RegExp][] = [
  ['finite', /^expected a finite number$/],
  ['whole', /^expected a whole number$/],
  ['nonNegative', /^expected a number ≥ 0$/],
  ['unit', /^expected a number from 0 to 1$/],
  ['string', /^expected a string$/],
  ['nonEmpty', /^expected a non-empty string$/],
  ['minChars', /^expected at least (?<n>\d+) characters$/],
  ['maxChars', /^expected at most (?<n>\d+) characters$/],
  ['idString', /^expected an id string$/],
  ['idEmpty', /^expected a non-empty id$/],
  ['idLong', /^expected an id of at most (?<n>\d+) characters$/],
  ['idChars', /^expected an id of letters, digits and \. _ : -$/],
  ['date', /^expected a real date as YYYY-MM-DD$/],
  ['dateTime', /^expected an ISO date-time (such as .*|with a real calendar date)$/],
  ['urlString', /^expected a URL string$/],
  ['urlLong', /^expected a URL of at most (?<n>\d+) characters$/],
  ['httpUrl', /^expected an http\(s\) URL$/],
  ['oneOf', /^expected one of (?<values>.+)$/],
  ['hex', /^expected 16 hex digits$/],
  ['boolean', /^expected true or false$/],
  ['valueOrState', /^expected a value or a milestone state$/],
  ['periodStart', /^expected a date on or before observedOn$/],
  ['selfLink', /^expected another commitment than fromId$/],
  ['array', /^expected an array$/],
  ['records', /^expected at most (?<n>\d+) records$/],
  ['schemaOne', /^expected schemaVersion (?<n>\d+)$/],
  ['schemaWhole', /^expected a whole number ≥ 1$/],
  ['schemaNewer', /^this pack was written by a newer version of the app \(schema (?<v>\d+), this app reads up to (?<max>\d+)\)$/],
  ['schemaNoUpgrade', /^no upgrade from schema (?<v>\d+)$/],
  ['schemaUpgradeFailed', /^upgrade from schema (?<v>\d+) failed: (?<detail>.*)$/s],
  ['forbiddenKey', /^forbidden key$/],
  ['tooDeep', /^nested deeper than (?<n>\d+) levels$/],
  ['tooDeepFile', /^nested deeper than (?<n>\d+) levels: not a data pack$/],
  ['duplicateId', /^duplicate id "(?<id>.*)"( \(also (?<first>.+)\))?$/],
  ['hashMismatch', /^does not match the text/],
  ['sameText', /^same text as (an earlier source|(?<first>sources\[\d+\]))$/],
  ['noSource', /^no (valid )?source (with id )?"(?<id>.*)"$/],
  ['noArticle', /^no (valid )?article (with id )?"(?<id>.*)"( in this source)?$/],
  ['otherSource', /^article "(?<id>.*)" belongs to another source$/],
  ['span', /^(span outside the source text|expected end ≥ start \(\d+\)|expected end ≤ the source text's length \(\d+\))$/],
  ['quoteMismatch', /^expected exactly the source text at (?<start>\d+)–(?<end>\d+)$/],
  ['noCommitment', /^no (valid )?commitment (with id )?"(?<id>.*)"$/],
  ['noEarlierUpdate', /^no (valid )?earlier update (with id )?"(?<id>.*)"( of this commitment)?$/],
  ['sameCommitment', /^expected an update of the same commitment$/],
  ['notPack', /^expected a data pack object$/],
  ['notJson', /^not valid JSON: (?<detail>.*)$/s],
  ['unreadable', /^could not read the file: (?<detail>.*)$/s],
  ['tooLarge', /^file too large: (?<size>[\d.]+) MB \(at most (?<max>\d+) MB\)$/],
  // zod's own wording, for a record that is not an object at all (null, a number, an array)
  ['type', /^Invalid input: expected (?<expected>\w+), received (?<received>\w+)$/],
]

/** The message key and parameters for one English reason, or null when it is not a known one. */
export function reasonOf(message: string): Reason | null {
  for (const [key, re] of PATTERNS) {
    const m = re.exec(message)
    if (m) {
      const params: Record<string, string> = {}
      for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) params[k] = v
      return { key, params }
    }
  }
  return null
}

/** Every key the table can return (the i18n test checks each has words in both languages). */
export const REASON_KEYS: readonly string[] = PATTERNS.map(([key]) => key)
