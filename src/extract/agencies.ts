// Named public bodies. First cut; issue "Accuracy" builds the real rules.
import type { Agency } from '../record/schema.js';
import type { ExtractContext } from './context.js';

export function extractAgencies(_ctx: ExtractContext): Agency[] {
  return [];
}
