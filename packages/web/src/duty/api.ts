import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer, Answers, Body } from '../api/types.ts';

export type DutyPlan = Answers['DutyPlan'];
export type DutyPost = Answers['DutyPost'];
export type DutyShift = Answers['DutyShift'];
export type DutySetup = Answers['DutySetup'];
export type DutyAgent = DutySetup['agents'][number];
export type RosterViolation = Answers['RosterViolation'];
export type DutyProposal = Answers['DutyProposal'];
export type DutyForecast = Answers['DutyForecast'];
export type DutyLeave = Answers['DutyLeave'];
export type DutySwap = Answers['DutySwap'];
export type MyShift = Answers['MyShift'];
export type PostInput = Body<'/api/duty/posts', 'post'>;
export type ShiftInput = Body<'/api/duty/shifts', 'post'>;
export type SkillsInput = Body<'/api/duty/agents/{id}/skills', 'put'>;
export type ProposeInput = Body<'/api/duty/plans/{id}/propose', 'post'>;
export type LeaveInput = Body<'/api/duty/leave', 'post'>;
export type SwapInput = Body<'/api/duty/swaps', 'post'>;
export type ForecastModel = DutyForecast['model'];

export const dutyKeys = {
  all: ['duty'] as const,
  setup: (branchId?: string) => ['duty', 'setup', branchId ?? 'own'] as const,
  plan: (month: string, branchId?: string) => ['duty', 'plan', month, branchId ?? 'own'] as const,
  forecast: (q: object) => ['duty', 'forecast', q] as const,
  mine: ['duty', 'mine'] as const,
  leave: ['duty', 'leave'] as const,
  swaps: ['duty', 'swaps'] as const,
};

const enc = encodeURIComponent;

export const useDutySetup = (branchId?: string) =>
  useQuery({
    queryKey: dutyKeys.setup(branchId),
    queryFn: ({ signal }) => api<DutySetup>('/api/duty/setup', { query: { branchId }, signal }),
  });

export const usePlan = (month: string, branchId?: string) =>
  useQuery({
    queryKey: dutyKeys.plan(month, branchId),
    queryFn: ({ signal }) =>
      api<Answer<'/api/duty/plans', 'get'>>('/api/duty/plans', { query: { month, branchId }, signal }),
    select: (d) => d.plan,
  });

export const useForecast = (q: {
  date: string;
  model: ForecastModel;
  shrinkage: number;
  branchId?: string;
}) =>
  useQuery({
    queryKey: dutyKeys.forecast(q),
    queryFn: ({ signal }) => api<DutyForecast>('/api/duty/forecast', { query: q, signal }),
  });

/** Every plan change answers the plan re-checked: store it where the grid reads it. */
export const usePlanChange = (month: string, branchId?: string) => {
  const client = useQueryClient();
  const store = (plan: DutyPlan) => {
    client.setQueryData(dutyKeys.plan(month, branchId), { plan });
    void client.invalidateQueries({ queryKey: ['duty', 'forecast'] });
  };
  return {
    create: useMutation({
      mutationFn: () => api<DutyPlan>('/api/duty/plans', { body: { month, branchId } }),
      onSuccess: store,
    }),
    assign: useMutation({
      mutationFn: (a: { planId: string; agentId: string; shiftId: string; date: string }) =>
        api<DutyPlan>(`/api/duty/plans/${enc(a.planId)}/assignments`, {
          body: { agentId: a.agentId, shiftId: a.shiftId, date: a.date },
        }),
      onSuccess: store,
    }),
    unassign: useMutation({
      mutationFn: (a: { planId: string; assignmentId: string }) =>
        api<DutyPlan>(`/api/duty/plans/${enc(a.planId)}/assignments/${enc(a.assignmentId)}`, {
          method: 'DELETE',
        }),
      onSuccess: store,
    }),
    propose: useMutation({
      mutationFn: (a: { planId: string; input: ProposeInput }) =>
        api<DutyProposal>(`/api/duty/plans/${enc(a.planId)}/propose`, { body: a.input }),
      onSuccess: (p) => store(p.plan),
    }),
    publish: useMutation({
      mutationFn: (planId: string) => api<DutyPlan>(`/api/duty/plans/${enc(planId)}/publish`, { body: {} }),
      onSuccess: store,
    }),
  };
};

/** Posts, shifts and skills: a change refetches the setup and every plan (they carry the same lists). */
type Deleted = { deleted: boolean };

export const useSetupChange = () => {
  const client = useQueryClient();
  const onSuccess = () => void client.invalidateQueries({ queryKey: dutyKeys.all });
  return {
    savePost: useMutation({
      mutationFn: ({ id, input }: { id?: string; input: PostInput }) =>
        id
          ? api<DutyPost>(`/api/duty/posts/${enc(id)}`, { method: 'PUT', body: input })
          : api<DutyPost>('/api/duty/posts', { body: input }),
      onSuccess,
    }),
    saveShift: useMutation({
      mutationFn: ({ id, input }: { id?: string; input: ShiftInput }) =>
        id
          ? api<DutyShift>(`/api/duty/shifts/${enc(id)}`, { method: 'PUT', body: input })
          : api<DutyShift>('/api/duty/shifts', { body: input }),
      onSuccess,
    }),
    saveSkills: useMutation({
      mutationFn: ({ id, input }: { id: string; input: SkillsInput }) =>
        api<DutyAgent>(`/api/duty/agents/${enc(id)}/skills`, { method: 'PUT', body: input }),
      onSuccess,
    }),
    deletePost: useMutation({
      mutationFn: (id: string) => api<Deleted>(`/api/duty/posts/${enc(id)}`, { method: 'DELETE' }),
      onSuccess,
    }),
    deleteShift: useMutation({
      mutationFn: (id: string) => api<Deleted>(`/api/duty/shifts/${enc(id)}`, { method: 'DELETE' }),
      onSuccess,
    }),
    deleteSkills: useMutation({
      mutationFn: (id: string) => api<Deleted>(`/api/duty/agents/${enc(id)}/skills`, { method: 'DELETE' }),
      onSuccess,
    }),
  };
};

export const useMyShifts = () =>
  useQuery({
    queryKey: dutyKeys.mine,
    queryFn: ({ signal }) => api<Answer<'/api/duty/my-shifts', 'get'>>('/api/duty/my-shifts', { signal }),
    select: (d) => d.items,
  });

export const useLeaveRequests = () =>
  useQuery({
    queryKey: dutyKeys.leave,
    queryFn: ({ signal }) => api<Answer<'/api/duty/leave', 'get'>>('/api/duty/leave', { signal }),
    select: (d) => d.items,
  });

export const useSwapRequests = () =>
  useQuery({
    queryKey: dutyKeys.swaps,
    queryFn: ({ signal }) => api<Answer<'/api/duty/swaps', 'get'>>('/api/duty/swaps', { signal }),
    select: (d) => d.items,
  });

/** Asking and deciding: a decision moves assignments, so plans and my shifts are refetched too. */
export const useRequestChange = () => {
  const client = useQueryClient();
  const onSuccess = () => void client.invalidateQueries({ queryKey: dutyKeys.all });
  return {
    askLeave: useMutation({
      mutationFn: (input: LeaveInput) => api<DutyLeave>('/api/duty/leave', { body: input }),
      onSuccess,
    }),
    askSwap: useMutation({
      mutationFn: (input: SwapInput) => api<DutySwap>('/api/duty/swaps', { body: input }),
      onSuccess,
    }),
    decideLeave: useMutation({
      mutationFn: ({ id, approve }: { id: string; approve: boolean }) =>
        api<Answer<'/api/duty/leave/{id}/decision', 'post'>>(`/api/duty/leave/${enc(id)}/decision`, {
          body: { approve },
        }),
      onSuccess,
    }),
    decideSwap: useMutation({
      mutationFn: ({ id, approve }: { id: string; approve: boolean }) =>
        api<Answer<'/api/duty/swaps/{id}/decision', 'post'>>(`/api/duty/swaps/${enc(id)}/decision`, {
          body: { approve },
        }),
      onSuccess,
    }),
  };
};
