/** Exports of a recommendation: the published JSON document, Markdown, and training configs. */
export {
  exportSchema,
  exportRecommendationSchema,
  toExportDocument,
  exportJsonText,
  EXPORT_SCHEMA_VERSION,
  type ExportDocument,
} from './exportJson';
export { exportMarkdown, type MarkdownMeta } from './exportMarkdown';
export { answerSections, type AnswerLine, type AnswerSection } from './answerLabels';
export {
  pythonSnippet,
  pythonSnippetLibraries,
  axolotlYaml,
  mlxLoraConfig,
  launchFiles,
  type LaunchFile,
} from './snippets';
export { escapeText } from './markdown';
