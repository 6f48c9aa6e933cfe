import { EXPORT_FORMATS, exportUrl } from '@/features/reports/api/reports';

/** One download link per export format; the server names the file. */
export function ExportLinks({ id, version, title }: { id: string; version?: number; title: string }) {
  return (
    <div className="export-links" role="group" aria-label={`Export ${title}`}>
      {EXPORT_FORMATS.map(({ format, label }) => (
        <a key={format} className="button button--secondary button--small" href={exportUrl(id, format, version)} download>
          {label}
        </a>
      ))}
    </div>
  );
}
