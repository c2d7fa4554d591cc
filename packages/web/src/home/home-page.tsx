import type { Me } from '../api/types.ts';
import { AgentHome } from './agent-home.tsx';
import { BranchHome } from './branch-home.tsx';
import { BranchesHome } from './branches-home.tsx';
import { TeamHome } from './team-home.tsx';

/**
 * The landing page after login, by role (issue #17 part 3): an agent's day, a team lead's team today, a
 * manager's branch, head office's branches side by side.
 */
export const HomePage = ({ me }: { me: Me }) => {
  if (!me.permissions.includes('kpi.team')) return <AgentHome />;
  if (me.role === 'teamLead') return <TeamHome />;
  if (me.role === 'headOffice') return <BranchesHome />;
  return <BranchHome />;
};
