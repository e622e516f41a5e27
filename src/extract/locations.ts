// Named places. First cut; issue "Accuracy" builds the real rules.
import type { Location } from '../record/schema.js';
import type { ExtractContext } from './context.js';

export function extractLocations(_ctx: ExtractContext): Location[] {
  return [];
}
