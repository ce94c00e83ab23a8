import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle, evaluated in the page (not injected as a script tag: the CSP forbids inline scripts). */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** The script to evaluate: defines axe, runs it on the document, returns serious and critical violations. */
export const AXE_RUN = `${AXE_SOURCE};
(async () => {
  const r = await axe.run(document, { resultTypes: ['violations'] });
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
})()`;

export function describeViolations(v: AxeViolation[]): string {
  return v.map((x) => `${x.impact}: ${x.id} (${x.help}) at ${JSON.stringify(x.nodes.map((n) => n.target))}`).join('\n');
}
