// Public surface of the reports feature.
export { ReportsPage } from '@/features/reports/components/reports-page';
export { ReportView } from '@/features/reports/components/report-view';
