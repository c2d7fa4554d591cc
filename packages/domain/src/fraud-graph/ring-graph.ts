import Graph from 'graphology';
import { connectedComponents } from 'graphology-components';
import { type ClaimLink, claimNode, entityNode } from './entities.ts';

/**
 * The claim–entity graph as a graphology graph: claims and the things they name are nodes, each link an edge.
 * Used to draw one ring and, in the tests, as the reference the union–find components are held to.
 */
export const claimGraph = (links: readonly ClaimLink[]) => {
  const g = new Graph({ type: 'undirected', multi: false });
  for (const l of links) {
    const c = claimNode(l.claimId);
    const e = entityNode(l.kind, l.key);
    g.mergeNode(c, { type: 'claim', claimId: l.claimId });
    g.mergeNode(e, { type: 'entity', kind: l.kind, key: l.key });
    g.mergeEdge(c, e);
  }
  return g;
};

/**
 * The components of the graph after dropping entities named by more than `hubMaxClaims` claims and entities
 * named once, as sorted claim-id lists (only those of two claims or more): the reference answer.
 */
export const referenceComponents = (links: readonly ClaimLink[], hubMaxClaims: number): string[][] => {
  const g = claimGraph(links);
  g.forEachNode((node, attrs) => {
    if (attrs.type === 'entity' && (g.degree(node) > hubMaxClaims || g.degree(node) < 2)) g.dropNode(node);
  });
  return connectedComponents(g)
    .map((nodes) =>
      nodes
        .filter((n) => n.startsWith('c:'))
        .map((n) => n.slice(2))
        .sort(),
    )
    .filter((claims) => claims.length >= 2)
    .sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
};
