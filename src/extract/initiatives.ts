// Named models, movements, programmes... First cut; issue "Accuracy" builds the real rules.
import type { Initiative } from '../record/schema.js';
import type { ExtractContext } from './context.js';

export function extractInitiatives(_ctx: ExtractContext): Initiative[] {
  return [];
}
