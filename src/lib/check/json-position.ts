import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import { positionOf } from "../data/descriptor.ts";

/** A function giving the line and column of a JSON path (the nearest existing ancestor when the path is absent). */
export type JsonLocator = (path: readonly (string | number)[]) => { line: number; column: number };

/** Builds a locator over a JSON text, so rules can point at the exact entry they complain about. */
export function jsonLocator(text: string): JsonLocator {
  const tree: Node | undefined = parseTree(text);
  return (path) => {
    if (!tree) return { line: 1, column: 1 };
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(tree, [...path.slice(0, depth)]);
      // For a property value, point at its key (`"changes": …`) which is where a reader looks.
      if (node) return positionOf(text, node.parent?.type === "property" && node.parent.children?.[1] === node ? node.parent.offset : node.offset);
    }
    return { line: 1, column: 1 };
  };
}
