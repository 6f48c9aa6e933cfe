import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HealthBadge } from '@/features/health/components/health-badge';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

describe('HealthBadge', () => {
  it('shows the server as up when /actuator/health reports UP', async () => {
    const requests = mockFetch(() => jsonResponse({ status: 'UP', groups: ['liveness'] }));

    render(<HealthBadge />);

    expect(screen.getByRole('status').textContent).toBe('Checking server…');
    expect(await screen.findByText('Server up')).toBeTruthy();
    expect(requests[0]?.url).toBe('/actuator/health');
  });

  it('shows the server as down when health reports DOWN (503)', async () => {
    mockFetch(() => jsonResponse({ status: 'DOWN' }, 503));

    render(<HealthBadge />);

    expect(await screen.findByText('Server down')).toBeTruthy();
  });

  it('shows the server as down when it cannot be reached', async () => {
    mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    render(<HealthBadge />);

    expect(await screen.findByText('Server down')).toBeTruthy();
  });
});
