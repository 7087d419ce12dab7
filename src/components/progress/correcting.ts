// Which update the user chose to correct: set by the history's "correct this" button, read by the
// update form. One per page (only one detail page is shown at a time).
import { ref } from 'vue'

export const correcting = ref<string | null>(null)
