// A pack check's reason in the reader's language: the English sentence from src/core/pack is
// looked up (reasons.ts) and worded from the packImport.reason messages; unknown ones stay English.
import { useI18n } from 'vue-i18n'
import { reasonOf, type PackError } from '../../core/pack'

export function useReasonText(): (e: Pick<PackError, 'message'>) => string {
  const { t, te } = useI18n()
  // zod names JSON types in English (object, null, array…): worded too where we have the word
  const typeName = (x: string | undefined) => (x !== undefined && te(`packImport.types.${x}`) ? t(`packImport.types.${x}`) : x ?? '')
  return (e) => {
    const r = reasonOf(e.message)
    if (!r) return e.message
    const params = r.key === 'type' ? { ...r.params, expected: typeName(r.params.expected), received: typeName(r.params.received) } : r.params
    return t(`packImport.reason.${r.key}`, params)
  }
}
