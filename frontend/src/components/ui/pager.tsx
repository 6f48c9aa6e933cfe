import { Button } from '@/components/ui/button';

type PagerProps = {
  /** What the list holds, for the label and the count ("Audit" pages, 28 "events"). */
  label: string;
  noun: string;
  page: number;
  totalPages: number;
  totalItems: number;
  onPage: (page: number) => void;
};

/** Newer / Older paging for lists served newest first; hidden when everything fits on one page. */
export function Pager({ label, noun, page, totalPages, totalItems, onPage }: PagerProps) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <Button variant="secondary" className="button--small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Newer
      </Button>
      <span>
        Page {page + 1} of {totalPages} · {totalItems} {noun}
      </span>
      <Button variant="secondary" className="button--small" disabled={page + 1 >= totalPages} onClick={() => onPage(page + 1)}>
        Older
      </Button>
    </nav>
  );
}
