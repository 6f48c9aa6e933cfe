import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ModelState } from '@/features/admin/api/admin';
import { ModelsPanel } from '@/features/admin/components/models-panel';
import { jsonResponse, mockFetch } from '@/test/mock-fetch';

function model(change: Partial<ModelState> = {}): ModelState {
  return {
    id: 'qwen',
    catalog: {
      id: 'qwen',
      name: 'Qwen 1.5B',
      family: 'qwen2',
      parameters: '1.5B',
      quantization: 'Q4_K_M',
      url: 'https://example.org/qwen.gguf',
      sha256: null,
      sizeBytes: null,
      approximateSizeMb: 1100,
      verified: false,
      licence: 'Apache-2.0',
      contextLength: 32768,
      tasks: [],
      description: '',
    },
    file: null,
    sizeBytes: null,
    active: false,
    serving: false,
    pull: null,
    ...change,
  };
}

const pulling = (percent: number) => ({
  state: 'DOWNLOADING' as const,
  bytes: percent * 1048576,
  total: 100 * 1048576,
  percent,
  bytesPerSecond: 1,
  etaSeconds: 5,
  detail: null,
});

describe('ModelsPanel', () => {
  it('pulls a model and shows its progress bar moving until it is installed', async () => {
    const user = userEvent.setup();
    const states = [model(), model({ pull: pulling(30) }), model({ pull: pulling(70) }), model({ file: '/m/qwen.gguf', pull: { ...pulling(100), state: 'DONE' } })];
    let index = 0;
    const requests = mockFetch(({ method }) => {
      if (method === 'POST') {
        index = 1;
        return jsonResponse(pulling(0), 202);
      }
      const current = states[index]!;
      index = Math.min(index + 1, states.length - 1);
      return jsonResponse({ defaultModel: 'qwen', catalogNote: 'Verified models.', models: [current] });
    });
    render(<ModelsPanel />);

    await user.click(await screen.findByRole('button', { name: 'Pull' }));

    const bar = await screen.findByRole('progressbar', { name: 'Pulling qwen' });
    expect(bar.getAttribute('aria-valuenow')).toBe('30');
    await screen.findByText(/70 MB of 100 MB/, {}, { timeout: 3000 });
    const table = screen.getByRole('table', { name: 'Models' });
    expect(await within(table).findByText('Installed', {}, { timeout: 3000 })).toBeTruthy();
    expect(within(table).getByRole('button', { name: 'Activate' })).toBeTruthy();
    expect(requests.filter((r) => r.method === 'POST').map((r) => r.url)).toEqual(['/api/v1/admin/models/qwen/pull']);
  });
});
