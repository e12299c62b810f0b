/** The corpus reader page's parts (mounted by entrypoints/reader). */
export { libraryReader, type ReaderLibrary } from './name-page';
export { default as ReaderApp, type ReaderAppProps, type ReaderSources } from './ReaderApp';
export { READER_CSS } from './reader-css';
export { parseReaderHash, passageElementId, type ReaderRoute, readerHash } from './route';
export type { SuggestionsSource } from './SuggestedNames';
