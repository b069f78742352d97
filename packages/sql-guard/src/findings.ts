import type { Fields } from './ast.js';

/** Deeper trees than this are not analytics; refusing them keeps the walk's stack bounded. */
const maxDepth = 200;

/** What one walk of a statement found: the reasons to reject it, and how deep the walk is. */
export class Findings {
  private readonly found = new Set<string>();
  private depth = 0;

  get reasons(): string[] {
    return [...this.found];
  }

  /** Records a reason; an empty one stands for a problem already reported another way. */
  reject(reason: string): void {
    if (reason !== '') this.found.add(reason);
  }

  /** Steps one level deeper; false (and a reason) when the tree is too deep to walk. */
  enter(): boolean {
    this.depth += 1;
    if (this.depth > maxDepth) {
      this.depth -= 1;
      this.reject('SQL is nested too deeply');
      return false;
    }
    return true;
  }

  leave(): void {
    this.depth -= 1;
  }

  /** Rejects any field holding a node or list that the caller does not handle (fail closed). */
  onlyFields(type: string, fields: Fields, handled: readonly string[]): void {
    for (const [field, value] of Object.entries(fields)) {
      if (typeof value === 'object' && value !== null && !handled.includes(field)) {
        this.reject(`unsupported SQL construct: ${type}.${field}`);
      }
    }
  }
}
