// A pack check's reason in the reader's language: the English sentence from src/core/pack is
// looked up (reasons.ts) and worded from the packImport.reason messages; unknown ones stay English.
import { useI18n } from 'vue-i18n'
import { reasonOf, type PackError } from '../../core/pack'

export function useReasonText(): (e: Pick<PackError, 'message'>) => string {
  const { t } = useI18n()
  return (e) => {
    const r = reasonOf(e.message)
    return r ? t(`packImport.reason.${r.key}`, r.params) : e.message
  }
}
