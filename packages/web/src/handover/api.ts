import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Answer, Answers, Body } from '../api/types.ts';

export type Handover = Answers['Handover'];
export type EquipmentFault = Answers['EquipmentFault'];
export type PresenceWall = Answers['PresenceWall'];
export type MyPresence = Answers['MyPresence'];
export type PresenceState = MyPresence['state'];
export type HandoverMove = Body<'/api/handovers/{id}/events', 'post'>;

const key = ['handover'] as const;

export const useMyHandovers = () =>
  useQuery({
    queryKey: [...key, 'mine'],
    queryFn: ({ signal }) =>
      api<{ day: string; items: Handover[] }>('/api/handovers', { query: { mine: 'true' }, signal }),
  });

export const useRegister = () =>
  useQuery({
    queryKey: [...key, 'register'],
    queryFn: ({ signal }) => api<{ items: Handover[] }>('/api/handovers/register', { signal }),
  });

export const useHandoverMove = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (move: HandoverMove) =>
      api<Handover>(`/api/handovers/${encodeURIComponent(id)}/events`, { method: 'POST', body: move }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
};

export const useMyPresence = () =>
  useQuery({
    queryKey: [...key, 'presence', 'me'],
    queryFn: ({ signal }) => api<MyPresence>('/api/presence/me', { signal }),
  });

export const useSetPresence = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (state: PresenceState) =>
      api<MyPresence>('/api/presence/me', { method: 'PUT', body: { state } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'presence'] }),
  });
};

export const usePresenceWall = (enabled: boolean) =>
  useQuery({
    queryKey: [...key, 'presence', 'wall'],
    queryFn: ({ signal }) => api<PresenceWall>('/api/presence', { signal }),
    enabled,
  });

export const useFaults = () =>
  useQuery({
    queryKey: [...key, 'faults'],
    queryFn: ({ signal }) => api<{ items: EquipmentFault[] }>('/api/equipment-faults', { signal }),
  });

export const useReportFault = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/equipment-faults', 'post'>) =>
      api<EquipmentFault>('/api/equipment-faults', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'faults'] }),
  });
};

export const useRepairFault = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & Body<'/api/equipment-faults/{id}/repair', 'post'>) =>
      api<EquipmentFault>(`/api/equipment-faults/${encodeURIComponent(id)}/repair`, { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'faults'] }),
  });
};

export type PlanHandovers = Answer<'/api/handovers/from-plan', 'get'>;

/** The hand-overs today's published plan calls for (leads). */
export const usePlanHandovers = (enabled: boolean) =>
  useQuery({
    queryKey: [...key, 'from-plan'],
    queryFn: ({ signal }) => api<PlanHandovers>('/api/handovers/from-plan', { signal }),
    enabled,
  });

export const useScheduleFromPlan = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/handovers/from-plan', 'post'>) =>
      api<Handover>('/api/handovers/from-plan', { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
};
