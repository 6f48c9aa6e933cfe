export { SessionGate } from '@/features/session/components/session-gate';
export type { Session, SessionState } from '@/features/session/api/session';
