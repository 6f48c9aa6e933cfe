// Public surface of the ask feature.
export { AskPage } from '@/features/ask/components/ask-page';
