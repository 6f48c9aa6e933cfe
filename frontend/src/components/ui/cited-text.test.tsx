import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CitedText } from '@/components/ui/cited-text';

describe('CitedText', () => {
  it('marks sentences that cite nothing and those whose cited passage does not back them', () => {
    render(
      <MemoryRouter>
        <CitedText
          output={{
            text: 'ignored',
            sentences: [
              { text: 'Backed [1].', citations: [1], supported: true },
              { text: 'Cited but not backed [1].', citations: [1], supported: false },
              { text: 'Cites nothing.', citations: [] },
            ],
            citations: [{ number: 1, chunkId: 'k', documentId: 'd', documentName: 'a.pdf', location: { kind: 'PAGE', number: 4 } }],
          }}
        />
      </MemoryRouter>,
    );

    expect(screen.getByText('Backed [1].').className).toBe('sentence');
    expect(screen.getByText('Cited but not backed [1].').getAttribute('title')).toBe(
      'The cited passage does not back this sentence',
    );
    expect(screen.getByText('Cites nothing.').getAttribute('title')).toBe('This sentence cites no source');
    expect(screen.getByRole('link', { name: 'Source 1: a.pdf, p. 4' }).getAttribute('href')).toBe('/documents/d?chunk=k');
  });
});
