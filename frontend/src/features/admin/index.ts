// Public surface of the admin feature.
export { AdminPage } from '@/features/admin/components/admin-page';
