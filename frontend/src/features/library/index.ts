// Public surface of the library feature.
export { LibraryPage } from '@/features/library/components/library-page';
export { DocumentView } from '@/features/library/components/document-view';
