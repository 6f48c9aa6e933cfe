import { useRef, useState, type DragEvent } from 'react';
import { ProgressBar } from '@/components/ui/progress-bar';
import { messageOf } from '@/lib/api-client';
import { uploadDocument } from '@/features/library/api/documents';

interface UploadItem {
  key: string;
  name: string;
  percent: number;
  state: 'uploading' | 'done' | 'failed';
  message?: string;
}

type UploadZoneProps = {
  workspaceId: string;
  /** Called after each file the server accepted, so the list can show it. */
  onUploaded: () => void;
};

/** Drop files here or pick them; each uploads on its own with its own progress bar. */
export function UploadZone({ workspaceId, onUploaded }: UploadZoneProps) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const update = (key: string, change: Partial<UploadItem>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));

  function start(files: File[]) {
    const added = files.map((file, index) => ({
      file,
      item: { key: `${Date.now()}-${index}-${file.name}`, name: file.name, percent: 0, state: 'uploading' as const },
    }));
    setItems((all) => [...added.map(({ item }) => item), ...all]);
    for (const { file, item } of added) {
      uploadDocument(workspaceId, file, (percent) => update(item.key, { percent }))
        .then(() => {
          update(item.key, { state: 'done', percent: 100 });
          onUploaded();
        })
        .catch((error: unknown) =>
          update(item.key, { state: 'failed', message: messageOf(error, 'The upload failed. Try again.') }),
        );
    }
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    start([...event.dataTransfer.files]);
  }

  return (
    <section className="card" aria-labelledby="upload-heading">
      <h2 id="upload-heading">Add documents</h2>
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <p>Drag PDF, Word, PowerPoint, Excel, HTML or text files here, or</p>
        <button type="button" className="button button--secondary" onClick={() => input.current?.click()}>
          Choose files
        </button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Files to upload"
          onChange={(event) => {
            start([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      {items.length > 0 && (
        <ul className="upload-list" aria-label="Uploads">
          {items.map((item) => (
            <li key={item.key} className="upload-list__item">
              <span className="upload-list__name">{item.name}</span>
              <ProgressBar
                value={item.percent}
                label={`Uploading ${item.name}`}
                tone={item.state === 'failed' ? 'danger' : item.state === 'done' ? 'success' : 'accent'}
              />
              <span className={item.state === 'failed' ? 'text-danger' : 'muted'}>
                {item.state === 'uploading' && `${item.percent}%`}
                {item.state === 'done' && 'Uploaded'}
                {item.state === 'failed' && item.message}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
