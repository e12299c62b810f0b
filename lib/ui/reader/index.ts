/** The corpus reader page's parts (mounted by entrypoints/reader). */
export { default as ReaderApp, type ReaderAppProps } from './ReaderApp';
export { READER_CSS } from './reader-css';
export { parseReaderHash, passageElementId, type ReaderRoute, readerHash } from './route';
export { searchPassages } from './SearchResults';
