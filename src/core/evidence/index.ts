// Public API of evidence matching (issue 5): later texts' figures offered as progress updates.
export { matchEvidence, isReportedFigure, sentenceAround, MIN_OFFER_SCORE, type Offer, type OfferReason, type ProposedUpdate, type EvidenceOptions } from './match'
export { periodFromText, type Period } from './period'
