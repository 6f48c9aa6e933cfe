import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SignInPage } from '@/features/session/components/sign-in-page';
import { jsonResponse, mockFetch, problemResponse } from '@/test/mock-fetch';

describe('SignInPage', () => {
  it('offers single sign-on when the server has it, linking to its login URL', async () => {
    const requests = mockFetch(() =>
      jsonResponse({ singleSignOn: { enabled: true, loginUrl: '/oauth2/authorization/lectern' } }),
    );
    render(<SignInPage onSignedIn={vi.fn()} />);

    const link = await screen.findByRole('link', { name: 'Sign in with single sign-on' });
    expect(link.getAttribute('href')).toBe('/oauth2/authorization/lectern');
    expect(requests[0]).toMatchObject({ method: 'GET', url: '/api/v1/session/providers' });
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('offers only the password form when single sign-on is off', async () => {
    const requests = mockFetch(() => jsonResponse({ singleSignOn: { enabled: false, loginUrl: null } }));
    render(<SignInPage onSignedIn={vi.fn()} />);

    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(screen.queryByRole('link', { name: 'Sign in with single sign-on' })).toBeNull();
  });

  it('offers only the password form when the server cannot say', async () => {
    const requests = mockFetch(() => problemResponse(500, 'Internal Server Error', 'Down'));
    render(<SignInPage onSignedIn={vi.fn()} />);

    await vi.waitFor(() => expect(requests).toHaveLength(1));
    expect(screen.queryByRole('link', { name: 'Sign in with single sign-on' })).toBeNull();
    expect(screen.getByLabelText('Username')).toBeTruthy();
  });

  it('explains a sign-in the provider allowed but Lectern refused', async () => {
    mockFetch(() => jsonResponse({ singleSignOn: { enabled: true, loginUrl: '/oauth2/authorization/lectern' } }));
    window.history.pushState({}, '', '/?sign-in=refused');
    try {
      render(<SignInPage onSignedIn={vi.fn()} />);

      expect(await screen.findByRole('alert')).toHaveProperty(
        'textContent',
        expect.stringContaining('Single sign-on did not let you in'),
      );
    } finally {
      window.history.pushState({}, '', '/');
    }
  });
});
