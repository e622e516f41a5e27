// Library entry point: `import { extract } from 'vnpress'`.
export { extract, extractDocument, type ExtractOptions, type FieldTimings } from './extract/index.js';
export { documentFromBytes, documentFromString, detectFormat } from './input/load.js';
export type { Document, Segment, SegmentKind, PageMeta } from './input/document.js';
export * from './record/schema.js';
