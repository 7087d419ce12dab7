// Page model of the lineage panels on a commitment's detail page: suggestions to confirm or reject,
// and the chain of confirmed links over the years.
import type { Locator, Page } from '@playwright/test'

export class LineagePage {
  readonly suggestions: Locator
  readonly suggestion: Locator
  readonly who: Locator
  readonly chain: Locator
  readonly steps: Locator
  readonly dropped: Locator

  constructor(readonly page: Page) {
    this.suggestions = page.getByTestId('lineage-suggestions')
    this.suggestion = page.getByTestId('lineage-suggestion')
    this.who = page.getByTestId('lineage-who')
    this.chain = page.getByTestId('lineage-chain')
    this.steps = page.getByTestId('lineage-step')
    this.dropped = page.getByTestId('lineage-dropped')
  }

  /** The suggestion whose quote contains `words`. */
  suggestionWith(words: string): Locator {
    return this.suggestion.filter({ hasText: words })
  }

  /** The chain step whose quote contains `words`. */
  stepWith(words: string): Locator {
    return this.steps.filter({ has: this.page.getByTestId('lineage-step-quote').filter({ hasText: words }) })
  }
}
