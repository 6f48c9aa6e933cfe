// Public surface of the studio feature.
export { StudioPage } from '@/features/studio/components/studio-page';
