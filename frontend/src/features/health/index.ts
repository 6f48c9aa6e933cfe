// Public surface of the health feature: the app imports from here, not from its internals.
export { HealthBadge } from '@/features/health/components/health-badge';
