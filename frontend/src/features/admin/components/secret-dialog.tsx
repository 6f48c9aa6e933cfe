import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { IssuedKey } from '@/features/admin/api/api-keys';

/** Shows a new key's secret, the only time anyone sees it: the server keeps just a hash. */
export function SecretDialog({ issued, onClose }: { issued: IssuedKey; onClose: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();

  async function copy() {
    try {
      await navigator.clipboard.writeText(issued.secret);
      setCopied('yes');
    } catch {
      // no clipboard permission (or an insecure origin): the secret stays selectable by hand
      setCopied('failed');
    }
  }

  return (
    <Dialog title={`API key "${issued.name}" created`} onClose={onClose}>
      <p className="notice" role="note">
        Copy this secret now. <strong>You will not see it again</strong>: Lectern keeps only a fingerprint of it.
      </p>
      <label className="field">
        <span className="field__label">Secret</span>
        <input
          className="field__input secret"
          readOnly
          value={issued.secret}
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
      </label>
      <p className="muted">
        Send it as <code>Authorization: Bearer …</code>. Expires {new Date(issued.expiresAt).toLocaleDateString()}.
      </p>
      <p className="muted" role="status">
        {copied === 'yes' && 'Copied to the clipboard.'}
        {copied === 'failed' && 'Could not copy: select the secret and copy it by hand.'}
      </p>
      <div className="actions">
        <Button onClick={() => void copy()}>Copy secret</Button>
        <Button variant="secondary" onClick={onClose}>
          I have stored it
        </Button>
      </div>
    </Dialog>
  );
}
