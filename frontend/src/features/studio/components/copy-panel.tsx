import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { CitedText } from '@/components/ui/cited-text';
import { SelectField } from '@/components/ui/select-field';
import { Loading } from '@/components/ui/states';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { messageOf } from '@/lib/api-client';
import { writeCopy, type Channel, type CopyResult, type Sources } from '@/features/studio/api/studio';

const CHANNELS: { value: Channel; label: string }[] = [
  { value: 'EMAIL', label: 'Email' },
  { value: 'LINKEDIN_POST', label: 'LinkedIn post' },
  { value: 'LANDING_PAGE_HERO', label: 'Landing-page hero' },
  { value: 'AD_TEXT', label: 'Ad text' },
  { value: 'PRESS_RELEASE', label: 'Press release' },
];

/** Marketing copy from a brief, with its variants side by side. */
export function CopyPanel({ workspaceId, sources }: { workspaceId: string; sources: Sources }) {
  const [brief, setBrief] = useState('');
  const [channel, setChannel] = useState<Channel>('EMAIL');
  const [audience, setAudience] = useState('');
  const [variants, setVariants] = useState('2');
  const [result, setResult] = useState<CopyResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!brief.trim()) {
      setError('Write a brief: what the copy should say and to whom.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setResult(
        await writeCopy(workspaceId, {
          ...sources,
          brief: brief.trim(),
          channel,
          audience: audience.trim() || undefined,
          variants: Number(variants),
        }),
      );
    } catch (caught) {
      setError(messageOf(caught, 'The copy could not be written.'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <form className="studio-form" onSubmit={submit} aria-label="Marketing copy">
        <TextArea label="Brief" rows={3} value={brief} onChange={(e) => setBrief(e.target.value)} />
        <SelectField label="Channel" value={channel} options={CHANNELS} onChange={(e) => setChannel(e.target.value as Channel)} />
        <TextField label="Audience" value={audience} onChange={(e) => setAudience(e.target.value)} />
        <SelectField
          label="Variants"
          value={variants}
          options={['1', '2', '3'].map((n) => ({ value: n, label: n }))}
          onChange={(e) => setVariants(e.target.value)}
        />
        <Button type="submit" disabled={busy}>
          {busy ? 'Writing…' : 'Write copy'}
        </Button>
      </form>
      {error && <p role="alert" className="text-danger">{error}</p>}
      {busy && <Loading>Writing the variants…</Loading>}
      {result && !busy && (
        <div className="variants">
          {result.variants.map((variant, index) => (
            <section key={index} className="output" aria-label={`Variant ${index + 1}`}>
              <h3>Variant {index + 1}</h3>
              <CitedText output={variant} />
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
