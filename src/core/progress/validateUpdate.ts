// Validation of the update form. Invalid input yields field errors (a zh-CN message, an English
// message and a stable English key) and no update; valid input yields the Update to append, with the
// figure converted to the target's unit (3153 万人次 → 31530000 人次).
import { COMPARATORS, type Commitment, type Comparator, type MilestoneState, type Update } from '../model/types'
import { newId } from '../ids'
import { isIsoDate, toDate } from './dates'
import { targetMode } from './period'
import { scaleValue, unitConversion, unitNature } from './units'

export interface UpdateInput {
  observedOn?: string | null
  periodStart?: string | null
  /** as typed: "3153", "3,153", "３１５３", or a number */
  value?: string | number | null
  unit?: string | null
  comparator?: string | null
  state?: string | null
  evidence?: {
    url?: string | null
    quote?: string | null
    publisher?: string | null
    publishedOn?: string | null
  } | null
  enteredBy?: string | null
  note?: string | null
  supersedes?: string | null
}

export interface FieldError {
  /** the input field: observedOn, periodStart, value, unit, comparator, state, evidence.url, … */
  field: string
  /** stable English key for tests and translations */
  key: string
  /** zh-CN message shown by default */
  message: string
  /** English message */
  messageEn: string
}

export type ValidateResult = { ok: true; update: Update } | { ok: false; errors: FieldError[] }

export interface ValidateContext {
  /** the current time (ISO); observation dates after it are refused. Default: the clock. */
  now?: string
  /** id for the new update. Default: a fresh random id. */
  id?: string
  /** the commitment's existing updates, to check what a correction supersedes */
  existing?: Update[]
}

const STATE_ALIASES: Readonly<Record<string, MilestoneState>> = {
  not_started: 'not_started',
  'not started': 'not_started',
  未启动: 'not_started',
  under_way: 'under_way',
  'under way': 'under_way',
  推进中: 'under_way',
  done: 'done',
  已完成: 'done',
}

function text(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null
  const t = s.trim()
  return t ? t : null
}

/** Parse a typed number: full-width digits, thousands separators and spaces are accepted. */
export function parseNumber(input: string | number): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null
  const s = input
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/[＋]/g, '+')
    .replace(/[,，\s]/g, '')
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}

/** Only http(s) links with a host; javascript:, data:, file: and the like are refused. */
export function isHttpUrl(s: string): boolean {
  if (/[\s\u0000-\u001f]/.test(s)) return false
  try {
    const u = new URL(s)
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0
  } catch {
    return false
  }
}

export function validateUpdate(input: UpdateInput, commitment: Commitment, ctx: ValidateContext = {}): ValidateResult {
  const errors: FieldError[] = []
  const fail = (field: string, key: string, message: string, messageEn: string) =>
    errors.push({ field, key, message, messageEn })
  const today = toDate(ctx.now ?? new Date().toISOString())
  const mode = targetMode(commitment)
  const numeric = mode !== 'state' && mode !== 'fact'

  // dates
  const observedOn = text(input.observedOn)
  if (!observedOn) fail('observedOn', 'date_required', '请填写观测日期。', 'Enter the observation date.')
  else if (!isIsoDate(observedOn))
    fail('observedOn', 'date_invalid', `“${observedOn}”不是有效日期（格式 YYYY-MM-DD）。`, `“${observedOn}” is not a real date (YYYY-MM-DD).`)
  else if (observedOn > today)
    fail('observedOn', 'date_future', '观测日期不能晚于今天。', 'The observation date cannot be in the future.')
  let periodStart = numeric ? text(input.periodStart) : null
  if (periodStart && !isIsoDate(periodStart)) {
    fail('periodStart', 'date_invalid', `“${periodStart}”不是有效日期（格式 YYYY-MM-DD）。`, `“${periodStart}” is not a real date (YYYY-MM-DD).`)
    periodStart = null
  } else if (periodStart && observedOn && isIsoDate(observedOn) && periodStart > observedOn)
    fail('periodStart', 'period_order', '统计起始日期不能晚于观测日期。', 'The period cannot start after the observation date.')

  // value and unit
  let value: number | null = null
  let unit: string | null = text(input.unit)
  const rawValue = typeof input.value === 'string' ? text(input.value) : (input.value ?? null)
  if (rawValue === null) {
    if (numeric) fail('value', 'value_required', '请填写数值。', 'Enter a value.')
  } else {
    value = parseNumber(rawValue)
    if (value === null)
      fail('value', 'value_invalid', '数值无效：只填数字（如 3153），单位另选。', 'Not a number: enter digits only (e.g. 3153) and pick the unit separately.')
  }
  if (value !== null && commitment.unit && mode !== 'state') {
    const from = unit ?? commitment.unit
    const conv = unitConversion(from, commitment.unit)
    if (!conv.ok && conv.reason === 'percent_vs_points')
      fail('unit', 'unit_points', `目标以“${commitment.unit}”计，“${from}”是两个百分比之差，不能直接比较。`, `The target is in “${commitment.unit}”; “${from}” is a difference between percentages and cannot be compared with it.`)
    else if (!conv.ok)
      fail('unit', 'unit_mismatch', `单位“${from}”与目标单位“${commitment.unit}”不符。`, `The unit “${from}” does not fit the target’s unit “${commitment.unit}”.`)
    else {
      value = scaleValue(value, conv.factor)
      unit = commitment.unit
      if (value < 0 && unitNature(unit) === 'additive' && !commitment.growth)
        fail('value', 'value_negative', '该指标不能为负数。', 'This figure cannot be negative.')
    }
  }

  const comparator = text(input.comparator)
  if (comparator && !(COMPARATORS as readonly string[]).includes(comparator))
    fail('comparator', 'comparator_invalid', '比较符无效。', 'Unknown comparator.')

  // milestone state
  const rawState = text(input.state)
  const state = rawState ? (STATE_ALIASES[rawState] ?? null) : null
  if (rawState && !state) fail('state', 'state_invalid', '进展状态无效。', 'Unknown progress state.')
  if (mode === 'state' && !rawState)
    fail('state', 'state_required', '请选择进展状态：未启动、推进中或已完成。', 'Choose a state: not started, under way or done.')
  if (mode === 'fact' && rawValue === null && !rawState)
    fail('value', 'value_required', '请填写数值或进展状态。', 'Enter a value or a state.')

  // evidence
  const url = text(input.evidence?.url)
  const quote = text(input.evidence?.quote)
  const publishedOn = text(input.evidence?.publishedOn)
  if (url && !isHttpUrl(url))
    fail('evidence.url', 'url_invalid', '出处链接须以 http:// 或 https:// 开头。', 'The source link must start with http:// or https://.')
  if (!url && !quote)
    fail('evidence', 'evidence_required', '请提供出处：链接或原文引述。', 'Give the evidence: a link or the quoted sentence.')
  if (publishedOn && !isIsoDate(publishedOn))
    fail('evidence.publishedOn', 'date_invalid', `“${publishedOn}”不是有效日期（格式 YYYY-MM-DD）。`, `“${publishedOn}” is not a real date (YYYY-MM-DD).`)
  else if (publishedOn && publishedOn > today)
    fail('evidence.publishedOn', 'date_future', '发布日期不能晚于今天。', 'The publication date cannot be in the future.')

  const enteredBy = text(input.enteredBy)
  if (!enteredBy) fail('enteredBy', 'enteredBy_required', '请填写录入人。', 'Say who is entering this update.')

  const supersedes = text(input.supersedes)
  if (supersedes && ctx.existing && !ctx.existing.some((u) => u.id === supersedes && u.commitmentId === commitment.id))
    fail('supersedes', 'supersedes_unknown', '要更正的记录不存在。', 'The update to correct does not exist.')

  if (errors.length) return { ok: false, errors }
  return {
    ok: true,
    update: {
      id: ctx.id ?? newId('upd'),
      commitmentId: commitment.id,
      observedOn: observedOn!,
      periodStart,
      value,
      unit: value === null ? null : unit,
      comparator: comparator as Comparator | null,
      state,
      evidence: { url, quote, publisher: text(input.evidence?.publisher), publishedOn },
      enteredBy: enteredBy!,
      enteredAt: ctx.now ?? new Date().toISOString(),
      supersedes,
      note: text(input.note),
      origin: 'person',
    },
  }
}
