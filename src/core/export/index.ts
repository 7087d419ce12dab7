// Public API of exports (issue 5): CSV of a commitment list for Excel and WPS.
export { commitmentsToCsv, csvCell, csvRow, csvFileName, BOM, type CsvOptions, type CsvLang, type CsvSource } from './csv'
