import type { AnyMachine, GuardDef } from './machine.ts';

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A Mermaid state diagram: one arrow per row, labelled with the event (and the recorded name when it differs). */
export const toMermaid = (m: AnyMachine): string => {
  const lines = ['stateDiagram-v2', `  [*] --> ${m.initial}`];
  const seen = new Set<string>();
  for (const r of m.rows) {
    const label = r.as ? `${r.event} (${r.as})` : r.event;
    const arrow = `  ${r.from} --> ${r.to}: ${label}`;
    if (seen.has(arrow)) continue;
    seen.add(arrow);
    lines.push(arrow);
  }
  for (const [s, l] of Object.entries<{ zh: string }>(m.states)) lines.push(`  ${s}: ${s} ${l.zh}`);
  return lines.join('\n');
};

/** Who may make a move, in words: the docs of its actor guards, or the system when it has none. */
export const whoOf = (m: AnyMachine, guards: readonly string[]): string => {
  const actor = guards.filter((g) => m.guards[g]?.kind === 'actor').map((g) => m.guards[g]?.doc ?? g);
  return actor.length > 0 ? actor.join('; ') : 'anyone who may work it (or the system)';
};

/** One section of docs/WORKFLOWS.md: title, source, diagram, the table of moves, the guards and the effects. */
export const toMarkdown = (m: AnyMachine): string => {
  const out = [`## ${m.title.en} (${m.title.zh}) — \`${m.id}\``, ''];
  if (m.source) out.push(m.source, '');
  out.push('```mermaid', toMermaid(m), '```', '');
  out.push(
    '| from | event | to | who | guards | effects | source |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const r of m.rows) {
    const event = r.as ? `${r.event} → recorded as ${r.as}` : r.event;
    const guards = r.guards.map((g) => `\`${g}\``).join(', ') || '—';
    const effects = r.effects.map((x) => `\`${x}\``).join(', ') || '—';
    out.push(
      `| ${r.from} | ${cell(event)} | ${r.to} | ${cell(whoOf(m, r.guards))} | ${guards} | ${effects} | ${cell(r.source ?? '')} |`,
    );
  }
  out.push('', '| guard | kind | refusal | meaning |', '| --- | --- | --- | --- |');
  for (const [name, g] of Object.entries<GuardDef<unknown>>(m.guards))
    out.push(`| \`${name}\` | ${g.kind} | \`${g.code}\` | ${cell(g.doc)} |`);
  out.push('', '| effect | what it does |', '| --- | --- |');
  for (const [name, doc] of Object.entries<string>(m.effects)) out.push(`| \`${name}\` | ${cell(doc)} |`);
  const refusal = typeof m.notAllowed === 'string' ? `\`${m.notAllowed}\`` : 'depends on the state';
  out.push('', `Any other state and event is refused (${refusal}).`, '');
  return out.join('\n');
};
